extension ReportedSpeechFinder {
    /// Labels of a newspaper's layout that open a paragraph with a colon but name no speaker
    /// ("Correction: An earlier version …", "Contributing: Jo Ames", "Editor's note: …").
    static let layoutLabels: WordSet = [
        "correction", "corrections", "clarification", "contributing", "editor’s note", "editor's note", "editors’ note",
        "editors' note", "note", "email", "e-mail", "name", "photo", "photos", "related", "read more", "watch", "advertisement",
        "paid notice", "source", "sources",
    ]

    /// Whether the words of `range` are a layout label rather than a speaker.
    func isLayoutLabel(_ range: Range<Int>, _ p: ParagraphText) -> Bool {
        Self.layoutLabels.contains(p.text(of: range).lowercased())
    }
}
