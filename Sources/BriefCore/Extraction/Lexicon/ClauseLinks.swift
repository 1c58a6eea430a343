// Conjunctions and connectives that join or open clauses: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension AcronymExpansion {
    /// Words that may join the capitalised words of a name written as a list ("Immigration, Refugees
    /// and Citizenship Canada", "Fisheries and Oceans Canada").
    static let listJoiners = WordList.set("and of for the &")
}

extension Attributor {
    /// Conjunctions that join two names ("Rubio and Cruz").
    static let coordinators = WordList.set("and or")

    /// Conjunctions before a second verb of the same subject ("praised A and said B").
    static let verbLinks = WordList.set("and but")

    /// Words a speaker's description does not run across ("one of the prosecutors for X said": X is
    /// not the speaker).
    static let clauseBreakers = WordList.set("and or that who which but as of for at with to from in on by about while when")

    /// Words that open a new clause before its subject.
    static let clauseOpeners = WordList.set("and but while when as because although though whereas after before if")
}

extension CoupleNames {
    /// The words that join the two given names.
    static let joiners: Set<String> = ["and", "&"]
}

extension ReportedSpeechFinder {
    /// Words that may open a sentence before an inner "according to" without being part of what the
    /// source said ("But, according to the poll, …").
    static let accordingOpeners = WordList.set("but and so yet or")

    /// Words that open a relative or adverbial clause after an inner source ("according to Ames, who …").
    static let afterInnerSource = WordList.set("who which whose whom where when while during as after before since")

    /// Words after which a pronoun opens a clause of its own ("…, and they believe …").
    static let clauseStartLinks = WordList.set("and but so yet , ; — –")

    /// Words that open a phrase of the time, place or occasion of saying, not the thing said ("said
    /// during the debate", "told reporters outside the court", "said as she left").
    static let circumstanceOpeners = WordList.set("during outside aboard onstage amid shortly as when while")

    /// Words that open a clause but are no part of its subject ("Yet a new poll shows").
    static let evidenceLeadIns = WordList.set("yet even but and so now still also in meanwhile however")

    /// Conjunctions and adverbs that may open a sentence before its subject ("But the board …").
    static let sentenceLinks = WordList.set("but and yet so still now then instead meanwhile also")

    /// Words after which a share opens a clause of its own ("…, while 40 percent back Sanders").
    static let shareOpeners = WordList.set("while and but whereas when after as that")

    /// Conjunctions that join a clause of its own to a reported clause ("…, but he …").
    static let clauseLinks = WordList.set("but and while although though yet")

    /// Words that may stand before the subject at the start of its clause and are not part of it.
    static let subjectLeadIns = WordList.set("now then so still even where why when while that's that’s and but")

    /// Words that make the clause a condition, not a statement ("If Ames thinks …").
    static let conditionWords = WordList.set("if unless whether")

    /// Words after which a new speaker may open a second statement inside a reported clause
    /// ("…, while other voters said …", "…; 46 percent said …", "… and three-quarters said …").
    static let secondSpeakerLinks = WordList.set("and but while whereas")

    /// Conjunctions that join a second verb phrase of the same subject ("said A and said B",
    /// "criticized A but praised B").
    static let sharedSubjectLinks = WordList.set("and but yet")

    /// Conjunctions before a second participle of the same subject ("…, while acknowledging that …").
    static let participleLinks = WordList.set("and but while")
}

extension SpeakerExtent {
    /// Words after a comma that end an appositive ("…, and", "…, who").
    static let appositiveEnders = WordList.set("and but who which")

    /// Connectives that open a clause, never a speaker's phrase ("But Jo Ames", "As the Daily Ledger").
    static let openingConnectives = WordList.set("but yet now and so as where still also however meanwhile")

    /// Words opening an aside set off by a comma at the end of a subject (", for example", ", through a
    /// spokeswoman", ", without naming him"): an adverbial of the clause, not a description of the speaker.
    static let asideOpeners = WordList.set("""
    for on in through without with via however meanwhile by after during despite instead speaking
    """)
}
