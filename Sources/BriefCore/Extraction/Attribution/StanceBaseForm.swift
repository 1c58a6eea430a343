extension ReportedSpeechFinder {
    /// Base forms of verbs of stance that take a direct object ("would support the bill", "will not
    /// oppose the plan"): read only after a modal or a negation, where they are verbs, not nouns
    /// ("the support", "an attack") or infinitives whose subject is another verb's.
    static let stanceBaseForms = WordList.set("""
    support oppose criticize criticise endorse back attack praise defend reject condemn denounce \
    blame dismiss welcome applaud
    """)

    /// Progressive forms of verbs of stance with a direct object, read only after a form of "be"
    /// ("the union is backing Randolph"), not as an adjective before a noun.
    static let stanceProgressives = WordList.set("backing supporting opposing attacking endorsing")

    /// Modals, auxiliaries of negation and negations after which a base form is a finite verb.
    static let modalsAndNegations = WordList.set("""
    will would could can may might should must not never don't don’t doesn't doesn’t didn't didn’t \
    won't won’t wouldn't wouldn’t can't can’t cannot
    """)

    /// Particles that make a base form part of a phrasal verb, not a verb of stance ("back down").
    static let phrasalParticles = WordList.set("down away up off out")

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
