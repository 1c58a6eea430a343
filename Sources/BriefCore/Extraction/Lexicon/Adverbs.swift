// Adverbs and time words that stand between a subject and its verb, or open or close a clause: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// Words in -ly that are no adverb of manner.
    static let lyNonAdverbs = WordList.set("family assembly italy ally supply only early daily weekly monthly")

    /// Words that may stand between a speaker and the verb, or between a name and what follows:
    /// adverbs, auxiliaries and time phrases ("also", "has", "this week", "on Monday").
    static let skippable = WordList.set("""
    also later then previously once again recently repeatedly reportedly has had have will would could \
    may might should must did does do yesterday today tonight earlier afterward afterwards publicly \
    privately separately subsequently quickly simply flatly bluntly angrily explicitly famously often \
    frequently even already never first last this next week month year weekend morning afternoon evening \
    night on in at once himself herself \
    themselves further finally recently soon still just now seldom
    """ + " " + CommonWords.weekdayNames)

    /// Adverbs that stand between the auxiliary of a perfect and its participle ("has long said").
    static let perfectAdverbs = WordList.set("long since")

    /// Lower-case words that end no noun phrase before a verb: adverbs of time and place, and words
    /// that open or link clauses ("The ad now says", "Then it said").
    static let nonHeads = WordList.set("now then here there today tonight yesterday too also however though instead")
}

extension ReportedSpeechFinder {
    /// Parts of the day ("a statement Wednesday morning").
    static let partsOfDay = WordList.set("morning evening night afternoon")

    /// Days named by an adverb that may come between a verb and its clause ("said today he …").
    static let daysBeforeClause = WordList.set("today yesterday")

    /// Days named by an adverb ("told reporters today").
    static let nearDays = WordList.set("today tonight yesterday")

    /// Adverbs that may end a subject ("the voters here").
    static let trailingAdverbs = WordList.set("here there too")

    /// Comparatives before an adverb in -ly that make it no adverb of manner ("more likely").
    static let comparatives = WordList.set("more less most")

    /// Words that open an adverbial phrase set off by a comma before a sentence's subject ("In May,",
    /// "Shortly after the vote,", "On Friday,").
    static let adverbialOpeners = WordList.set("""
    in on at after before during since shortly last earlier later when while as with for by from over under ahead \
    today yesterday
    """ + " " + CommonWords.weekdayNames)

    /// Words that qualify a share before its number ("fewer than 15 percent", "nearly half").
    static let shareQualifiers = WordList.set("only just nearly about almost roughly fewer more less than over under")

    /// Adverbs that may stand between the auxiliary and the participle ("is now saying").
    static let progressiveAdverbs = WordList.set("""
    now also still quietly publicly privately increasingly openly repeatedly already not essentially basically really simply
    """)

    /// Words of a day that may stand between a verb of saying and its clause ("said on Friday").
    static let timeWords = WordList.set("on today tonight yesterday " + CommonWords.weekdayNames)

    /// Adverbs and auxiliaries that may stand between the conjunction and the second verb ("but also
    /// said", "and has repeatedly called for").
    static let secondVerbAdverbs = WordList.set("""
    also then later still nevertheless nonetheless instead \(VerbForms.have) repeatedly previously often once again recently even
    """)

    /// Words that cannot open the subject of a verb of saying: prepositions, conjunctions and
    /// words that open a question or a dummy subject.
    static let nonSubjectOpeners = WordList.set("""
    in for with by of since until despite if after before during at on to from as asked what how why when where while \
    it there this that these those but and or so because although though yet still rather part perhaps
    """)

    /// Sentence adverbs that open a sentence before its subject ("Even so, officials said").
    static let sentenceAdverbs = WordList.set("even so then nonetheless nevertheless however meanwhile still also now instead indeed moreover similarly likewise thus")
}

extension SpeakerExtent {
    /// Adverbs of degree before a share of respondents ("just 8 percent").
    static let degreeAdverbs = WordList.set("just only about nearly roughly almost some barely fully")

    /// Adverbs that follow a clause's subject, never end a speaker's phrase ("Local officials now").
    static let closingAdverbs = WordList.set("now then still also however already later previously too first meanwhile")

    /// Lower-case words after a name that are no nouns of its phrase ("Kaine now says").
    static let notNouns = WordList.set("now then here there today tonight yesterday")
}
