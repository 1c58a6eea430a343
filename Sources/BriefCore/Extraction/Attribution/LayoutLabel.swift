extension ReportedSpeechFinder {
    /// Labels of a newspaper's layout that open a paragraph with a colon but name no speaker
    /// ("Correction: An earlier version …", "Contributing: Jo Ames", "Editor's note: …").
    static let layoutLabels: WordSet = [
        "correction", "corrections", "clarification", "contributing", "editor’s note", "editor's note", "editors’ note",
        "editors' note", "note", "email", "e-mail", "name", "photo", "photos", "related", "read more", "watch", "advertisement",
        "paid notice", "source", "sources",
    ]

    /// Whether the words of `range`, before a colon, are a section or interview label: a single letter
    /// ("Q", "A"), or words in capitals ("ENERGY", "WATCH BELOW") that are not the surname of one of
    /// the article's people (a transcript's "TRUMP:").
    func isSectionLabel(_ range: Range<Int>, _ p: ParagraphText) -> Bool {
        if range.count == 1 && p.tokens[range.lowerBound].text.count == 1 { return true }
        guard range.allSatisfy({ ShoutedText.isInCapitals(p.tokens[$0].text) }) else { return false }
        let label = range.map { p.tokens[$0].lower }.joined(separator: " ")
        return !linked.entities.contains { entity in
            guard entity.kind == .person, !entity.isTentative else { return false }
            let name = Token.lowered(entity.name)
            return name == label || name.hasSuffix(" " + label)
        }
    }

    /// Whether the words of `range` are a layout label rather than a speaker.
    func isLayoutLabel(_ range: Range<Int>, _ p: ParagraphText) -> Bool {
        Self.layoutLabels.contains(p.text(of: range).lowercased())
    }
}
