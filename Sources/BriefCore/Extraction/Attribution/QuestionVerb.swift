extension ReportedSpeechFinder {
    /// Verbs that report a question by its subject ("asked whether", "wondered how").
    static let questionVerbs = WordList.set("ask asks asked asking wonder wonders wondered wondering question questions questioned questioning")

    /// Words that open an indirect question.
    static let questionWords = WordList.set("whether if how what why who when where which")

    /// Words before a verb of asking that make the subject the one asked, not the asker ("was asked
    /// whether", "when asked how").
    static let passiveOrAside = WordList.set("was were is are be been being get gets got when if after before")

    /// Where the indirect question after a verb of asking at `v` starts ("Ames asked [whether the
    /// vote would be held]"), or nil when `v` is none or the verb is passive.
    func questionStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.questionVerbs.contains(t.lower),
              Self.questionWords.contains(p.lower(v + 1)), !p.insideQuote[v] else { return nil }
        if let before = p.token(v - 1), before.kind == .word,
           Self.passiveOrAside.contains(before.lower) || before.possessiveLength > 0 || Attributor.nounDeterminers.contains(before.lower) {
            return nil
        }
        return v + 1
    }
}
