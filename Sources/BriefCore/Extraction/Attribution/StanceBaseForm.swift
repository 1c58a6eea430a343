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
        return Self.stanceProgressives.contains(word) && ["is", "are", "was", "were"].contains(before)
    }
}
