extension ReportedSpeechFinder {

    /// Where the indirect question after a verb of asking at `v` starts ("Ames asked [whether the
    /// vote would be held]"), or nil when `v` is none or the verb is passive.
    func questionStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.questionVerbs.contains(t.lower),
              Self.questionWords.contains(p.lower(v + 1)), !p.insideQuote[v] else { return nil }
        if let before = p.token(v - 1), before.kind == .word,
           Self.passiveOrAside.contains(before.lower) || before.possessiveLength > 0 || p.flags(v - 1).contains(.nounDeterminer) {
            return nil
        }
        return v + 1
    }
}
