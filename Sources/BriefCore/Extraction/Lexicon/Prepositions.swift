// Prepositions and the particles of phrasal verbs: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// Particles that open an object of their own when a word follows ("went on television"), not a phrasal verb's.
    static let particlesBeforeObject = WordList.set("on in up")

    /// "of" and "for": inside a name after role words ("Fight for Ames organizing director Jo Ames"), and
    /// between a verb of polling and its object ("voted for", "approve of").
    static let ofOrFor = WordList.set("of for")

    /// Particles between a verb and "to say" ("went on to say", "fired back to say", "spoke up to say").
    static let goOnParticles = WordList.set("on back up")

    /// Prepositions between an owner's head noun and its organisation ("a spokesman for X", "the head of X").
    static let ownerPrepositions = WordList.set("for of by")

    /// Prepositions before an organisation that a person belongs to ("a professor at X").
    static let memberPrepositions = WordList.set("of at")

    /// Prepositions that may follow a speech verb in a bare attribution ("said in a statement").
    static let adjunctPrepositions = WordList.set("in on at during after before via from to with through")

    /// Prepositions before a name that make it part of another phrase ("a delegate from Ames").
    static let prepositions = WordList.set("of from at in for with by to on")
}

extension ReportedSpeechFinder {
    /// Words that open no reported clause right after a participle of saying (", adding to the debt", ", saying nothing").
    static let participleObjectStops = WordList.set("to in on at of for with it so nothing something this yes no about")

    /// Words after a verb of stance that show it takes no object of stance here ("praised it", "backed by").
    static let stanceObjectStops = WordList.set("to in on at by as that it him her them")

    /// Words after "judged him" that make the pronoun the verb's object, not a clause's subject ("called him up").
    static let judgedObjectFollowers = WordList.set("as up to for of in on with ,")

    /// Particles that carry a verb of stance over to its object ("called for a ban", "spoke out against").
    static let stanceParticles = WordList.set("for on out")

    /// Words after an object pronoun that make it the verb's object rather than a clause's subject ("told him to", "backed her up").
    static let objectPronounFollowers = WordList.set("to in on at and back up about from after")

    /// Words that open an adverbial, not a reported clause, after a comma.
    static let clauseOpeningPrepositions = WordList.set("in for with by of since until despite emphasizing promising")

    /// Prepositions that open a phrase of the occasion after a teller ("told reporters for the first time").
    static let tellerPhraseOpeners = WordList.set("for with through by")

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

extension RoleExtractor {
    /// Prepositions between a role and the organisation it belongs to ("spokesman for", "head of", "professor at").
    static let affiliationPrepositions = WordList.set("for of at")

    /// Prepositions that end a role once its head is read ("ambassador to").
    static let roleEndPrepositions = WordList.set("for of at to")
}

extension SpeakerExtent {
    /// Prepositions that join a speaker to where they come from ("a senator from Ohio", "the head of X").
    static let sourcePrepositions = WordList.set("of from")

    /// Prepositions after a document that name its author ("a statement from X", "a letter by X").
    static let documentPrepositions = WordList.set("of for from by")

    /// Prepositions inside a capitalised name ("Committee on Foreign Relations").
    static let namePrepositions = WordList.set("of on for")
}
