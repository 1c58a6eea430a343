// Nouns of speakers, groups, documents and evidence, and the words around them: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// Heads of a noun phrase that speak for the name after "for", "of" or "by" ("a spokesman for X",
    /// "a study by X"): the phrase, not the name, is the speaker.
    static let ownerHeads = WordList.set("""
    spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors lawyer lawyers attorney \
    attorneys supporter supporters allies ally friends critics staffer staffers representative representatives \
    report study poll survey analysis video statement memo letter ad ads
    """)

    /// Nouns of a statement announced by "the following" ("released the following statement:").
    static let announcedNouns = WordList.set("statement statements comment comments remarks message tweet post letter")
}

extension OrganisationShortName {
    /// Corporate suffixes that do not tell one organisation from another ("Acme Inc." is "Acme").
    static let corporateSuffixes = WordList.set("co. co inc. inc corp. corp ltd. ltd llc plc")
}

extension ReportedSpeechFinder {
    /// Words that open the clause or the object after a verb of attitude without "that": a subject
    /// pronoun or a determiner ("thinks he", "fear the crush", "expects its share").
    static let attitudeObjectOpeners = WordList.set("""
    he she they we i you there it this these those his her their our my its the a an some many most no all
    """)

    /// Words that show a phrase of capitalised or plain words before a verb of attitude is no
    /// speaker: a lead-in ("If Ames thinks", "Now Ames, who …"), a relative clause, or a verb.
    static let doubtfulSpeakerWords = WordList.set("""
    if unless whether where when why now then so who which that whom expressed voiced raised hope hopes think thinks fear fears
    """)

    /// Heads of a subject that is a piece of evidence reporting what it shows ("A new poll of likely
    /// voters shows …", "Court records reviewed by the paper revealed …").
    static let evidenceHeads = WordList.set("""
    poll polls polling survey surveys study studies data numbers results analysis figures research report reports \
    records filings documents document video videos footage email emails averages average findings review search \
    transcript audit investigation inquiry tally count statistics estimates projections
    """)

    /// Words before which an evidence subject starts: a break in the sentence, a conjunction or a
    /// word opening a clause ("…, and a new poll shows", "because the data show").
    static let evidenceSubjectBreaks = WordList.set("""
    , ; : — – ( and but while that which after as because if when since though although
    """)

    /// Words that end a subject: auxiliaries and adverbs standing before the main verb ("The nurse
    /// later sued", "Democrats have blocked").
    static let subjectEnders = WordList.set("""
    \(VerbForms.have) \(VerbForms.beFinite) will would can could did does do may might should must also later then again \
    quickly recently previously initially repeatedly still already never often just even further now once went took made
    """)

    /// Words that may stand inside a subject in lower case ("the families of the founders").
    static let subjectInnerWords = WordList.set("""
    the a an his her their its our this that these those several many some other most two three one of for on in at \
    from and to
    """)

    /// Cardinal numbers written as words, for "Forty-one percent".
    static let numberWords = WordList.set("""
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen \
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
    """)

    /// Words that end the group of a share before its verb ("of voters have", "of investors and").
    static let groupStops = WordList.set("have has had are were is was and or who whom that a an vote voted approve disapprove said say says")

    /// Objects of "told" that may stand before the reported clause without "that".
    static let addressees = WordList.set("reporters journalists me us him her them supporters voters")

    /// Documents that carry words: "issued a statement saying …", "sent a letter Monday saying …".
    static let documents = WordList.set("statement statements letter memo email e-mail release tweet tweets post message note report")

    /// Surveys, studies and their results: subjects that report what they show.
    static let evidenceNouns = WordList.set("poll polls survey surveys study studies data numbers results analysis figures research report")
}

extension SpeakerExtent {
    /// Words that end a phrase going left: prepositions, conjunctions and other words no description
    /// of a speaker runs across.
    static let leftStops = WordList.set("""
    in on at to of for with by from about into over after before during since than as and or but that which \
    who whom whose when while because if although though whereas so then also said says say told meanwhile \
    however moreover yet still even only just \(VerbForms.beFinite) be been \(VerbForms.have) will would could can \
    should may might must do does did not there here it this these those early only what
    """)

    /// Words after a comma that do not open an appositive of the speaker: prepositions, conjunctions,
    /// adverbs and relative pronouns (", who …" clauses are left out, as the attribution corpora do).
    static let appositiveStops = WordList.set("""
    in on at to of for with by from about into over after before during since than as and or but that which \
    whom when while because if although though so then also via according said says say told added \
    adding noting saying speaking referring explaining arguing warning insisting pointing telling in \
    however meanwhile yet still even only just not there here it this these those he she they we i you
    """)

    /// Nouns of an opinion survey.
    static let surveys = WordList.set("poll polls survey surveys")

    /// Nouns of a document or a finding that speak for whoever made it ("a report by X", "an email
    /// from X"): the phrase runs left over them.
    static let documents = WordList.set("""
    report reports study studies poll polls survey surveys analysis statement memo letter email emails \
    paper story projection examination research data review audit estimate
    """)

    /// Words of quantity before "of" that belong to the speaker's phrase ("most of the delegates",
    /// "74 percent of voters").
    static let quantities = WordList.set("""
    percent majority majorities minority half most many some several all none each both dozens hundreds \
    thousands millions one two three four five six seven eight nine ten share third quarter plurality
    """)
}
