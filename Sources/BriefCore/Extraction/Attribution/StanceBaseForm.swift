extension ReportedSpeechFinder {

    /// Whether the word at `v` is a verb of stance with a direct object that ``stanceVerbs`` leaves
    /// out: a base form after a modal or a negation, or a progressive after "is", "are", "was" or "were".
    func isStanceVerbForm(_ v: Int, _ p: ParagraphText) -> Bool {
        let word = p.lower(v), before = p.lower(v - 1)
        if Self.stanceBaseForms.contains(word) { return Self.modalsAndNegations.contains(before) && !Self.phrasalParticles.contains(p.lower(v + 1)) }
        return Self.stanceProgressives.contains(word) && Self.beForms.contains(before)
    }

    /// Where the modals and negations before a base form of ``stanceBaseForms`` at `v` start ("Ames
    /// [would not] support"): the subject stands before them. `v` itself for any other word.
    func modalChainStart(_ v: Int, _ sentence: Range<Int>, _ p: ParagraphText) -> Int {
        guard Self.stanceBaseForms.contains(p.lower(v)) else { return v }
        var s = v
        while s > sentence.lowerBound + 1, Self.modalsAndNegations.contains(p.lower(s - 1)) { s -= 1 }
        return s
    }

    /// Whether a verb of ``isStanceVerbForm(_:_:)`` at `v`, whose subject ends before `s`, stands inside
    /// another statement ("said she would support …") or a relative clause ("the voters who are
    /// backing …"): PolNeAR gives those to the outer clause's speaker.
    func isNestedStanceForm(_ v: Int, _ phrase: SpeakerPhrase, subjectEnd s: Int, _ p: ParagraphText) -> Bool {
        guard Self.stanceBaseForms.contains(p.lower(v)) || Self.stanceProgressives.contains(p.lower(v)) else { return false }
        return isNestedPronoun(phrase, at: s - 1, p) || p.lower(s - 1) == "who"
    }
}
