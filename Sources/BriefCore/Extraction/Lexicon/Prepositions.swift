// Prepositions and the particles of phrasal verbs: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// Prepositions that may follow a speech verb in a bare attribution ("said in a statement").
    static let adjunctPrepositions = WordList.set("in on at during after before via from to with through")

    /// Prepositions before a name that make it part of another phrase ("a delegate from Ames").
    static let prepositions = WordList.set("of from at in for with by to on")
}

extension ReportedSpeechFinder {
    /// Words that cannot open the person asked ("asked to speak", "urged in a letter", "asked whether").
    static let requestObjectStops = WordList.set("to in on at by for with from about that whether if how what why who it")

    /// Words that cannot open the clause after "made clear" ("made clear to voters", "made clear what").
    static let madeClearStops = WordList.set("to in on at of for with about from what how why where whether if by")

    /// Words after "as" that make it no judgement ("as well as", "as soon as", "as long as").
    static let asPhraseWords = WordList.set("well soon long much many far if though of to")

    /// Words that cannot open the object of a verb of regarding ("see to it", "viewed by many as").
    static let regardingObjectStops = WordList.set("to in on at by for with from as of about through into up out")

    /// Prepositions before a relative word that make it a circumstance of the saying, not part of it
    /// ("the interview in which she said …").
    static let relativePrepositions = WordList.set("in on at during from with by of to for through under about after before")

    /// Prepositions that may open a phrase inside a subject ("A survey by the college", "People
    /// briefed on the talks"); "to" only after "close" ("Sources close to the campaign").
    static let subjectPrepositions = WordList.set("of by for from at in with on among")

    /// Prepositions that open a short phrase after the verb of `CLAUSE, SPEAKER VERB in …`.
    static let trailingOpeners = WordList.set("in on at during to after before while from via as over")

    /// Words after a second verb that show it takes no object there ("and went back", "and spoke in Ohio").
    static let objectlessFollowers = WordList.set("in at by as up out off back into through with from")

    /// Prepositions after which a word of a stance verb's list is a noun ("and attacks on", "but
    /// questions about"): no second verb.
    static let nounPrepositions = WordList.set("on about of from with over among between")

    /// Particles that make a base form part of a phrasal verb, not a verb of stance ("back down").
    static let phrasalParticles = WordList.set("down away up off out")
}
