// Auxiliaries, copulas, modals and negations: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// "was" and "is" before a participle of saying ("was saying"): a progressive, not a participle clause.
    static let copulas = WordList.set("was is")

    /// Auxiliaries and modals after a subject that still open a clause of its own ("he has", "she would").
    static let clauseAuxiliaries = WordList.set("\(VerbForms.have) will would could")

    /// The auxiliaries of a perfect.
    static let perfectAuxiliaries = WordList.set("\(VerbForms.have)")
}

extension ReportedSpeechFinder {
    /// Forms of "be" before a verb in -ing that make it progressive ("was speaking").
    static let progressiveBe = WordList.set("\(VerbForms.beFinite) been be")

    /// Forms of "do" ("Did Ames speak of …?").
    static let doForms = WordList.set("do does did")

    /// Auxiliaries and adverbs between an evidence subject and its verb ("the poll has consistently shown").
    static let evidenceVerbGap = WordList.set("""
    \(VerbForms.beFinite) \(VerbForms.have) will would could may might actually however similarly recently also still now \
    consistently clearly further generally largely both all only apparently
    """)

    /// Forms of "be" that make a verb of showing after them passive ("was found").
    static let passiveAuxiliaries = WordList.set("\(VerbForms.beFinite) \(VerbForms.beNonFinite)")

    /// Words between a head of evidence and its verb that show the head is not the subject ("the
    /// report is what …", "the poll, he said, shows").
    static let evidenceBlockers = WordList.set("\(VerbForms.beFinite) \(VerbForms.have) said says")

    /// Words that may stand between the share and its verb ("would vote for", "still support").
    static let shareAuxiliaries = WordList.set("would will still now also strongly only")

    /// Forms of "be" (and "has been") that make a participle of saying a progressive ("is saying").
    static let progressiveAuxiliaries = WordList.set("\(VerbForms.beFinite) isn't isn’t aren't aren’t wasn't wasn’t weren't weren’t been")

    /// Words before a verb of asking that make the subject the one asked, not the asker ("was asked
    /// whether", "when asked how").
    static let passiveOrAside = WordList.set("was were is are \(VerbForms.beNonFinite) get gets got when if after before")

    /// Words before a verb of regarding that make it no judgement of its subject: an infinitive, a
    /// passive, or a noun after a determiner ("to see", "was seen as", "the view").
    static let regardingBlockers = WordList.set("to \(VerbForms.beFinite) \(VerbForms.beNonFinite) the a an his her their its our my this that")

    /// The finite forms of "be" before a progressive ("is calling for", "are backing").
    static let beForms = WordList.set(VerbForms.beFinite)

    /// Auxiliaries, negations and adverbs between a subject and its verb ("Democrats don't think").
    static let subjectVerbGap = WordList.set("""
    \(VerbForms.have) also will would previously recently later do does did not never don't don’t doesn't doesn’t didn't didn’t
    """)

    /// Modals, auxiliaries of negation and negations after which a base form is a finite verb.
    static let modalsAndNegations = WordList.set("""
    will would could can may might should must not never don't don’t doesn't doesn’t didn't didn’t \
    won't won’t wouldn't wouldn’t can't can’t cannot
    """)

    /// Auxiliaries and copulas: a subject holding one is a clause of its own ("Voters are more
    /// likely to say"), whose speaker is not the words before the verb.
    static let finiteVerbs = WordList.set("\(VerbForms.beFinite) be been am \(VerbForms.have) do does did can could will would should may might must")
}

extension SpeakerExtent {
    /// Singular verbs after a relative clause that end it ("Ames, who ran the plan, is").
    static let singularPredicates = WordList.set("is was has had does doesn’t doesn't did")

    /// Auxiliaries that may stand between the phrase's head noun and its verb.
    static let auxiliaries = WordList.set("has had have is was were will would could also did does")
}
