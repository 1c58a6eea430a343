/// The name of a rule of extraction: what found a quotation, a statement, an actor or a date, what
/// chose a speaker, and how that speaker was bound to one of the article's people. ``Provenance``
/// records these ids and `brief explain` prints them with their ``summary``. Within each group the
/// rules are listed in the order they are tried.
public enum RuleID: String, Sendable, Hashable, CaseIterable, Codable {
    // Quotations (QuotationScanner, QuoteAssembler).
    case quoteMarks = "quote.marks"
    case quoteScare = "quote.scare"
    case quoteTitle = "quote.title"

    // Speakers of quotations, in the order of SpeakerRules.
    case speakerTranscript = "speaker.transcript"
    case speakerMedium = "speaker.medium"
    case speakerAsPutIt = "speaker.as-put-it"
    case speakerInverted = "speaker.inverted"
    case speakerNameColon = "speaker.name-colon"
    case speakerIntroduced = "speaker.introduced"
    case speakerAfterQuote = "speaker.after-quote"
    case speakerReportedClause = "speaker.reported-clause"
    case speakerNaming = "speaker.naming"
    case speakerColonIntroduction = "speaker.colon-introduction"
    case speakerSentenceBefore = "speaker.sentence-before"
    case speakerPreviousParagraph = "speaker.previous-paragraph"
    case speakerContinued = "speaker.continued"
    case speakerFloating = "speaker.floating-quotation"
    case speakerSubjectVoice = "speaker.subject-voice"

    // Reported statements (ReportedSpeechFinder): each finds a clause and its speaker together.
    case statementAccordingTo = "statement.according-to"
    case statementAccordingToLongSource = "statement.according-to-long-source"
    case statementAsSourceNoted = "statement.as-source-noted"
    case statementAccordingToInside = "statement.according-to-inside"
    case statementClauseThenSpeaker = "statement.clause-then-speaker"
    case statementClauseThenSpeakerPhrase = "statement.clause-then-speaker-phrase"
    case statementTrailingTeller = "statement.trailing-teller"
    case statementSaidNameAppositive = "statement.said-name-appositive"
    case statementSpeakerVerb = "statement.speaker-verb"
    case statementPollShare = "statement.poll-share"
    case statementLabel = "statement.label"
    case statementSharedSubject = "statement.shared-subject"
    case statementRelative = "statement.relative"
    case statementSecondSpeakerVerb = "statement.second-speaker-verb"
    case statementParticiple = "statement.participle"
    case statementNested = "statement.nested"
    case statementPossessiveStance = "statement.possessive-stance"

    // Binding a speaker to a person (SpeakerResolver).
    case resolveName = "resolve.name"
    case resolvePronoun = "resolve.pronoun"
    case resolveOwnStatement = "resolve.own-statement"
    case resolveRole = "resolve.role"
    case resolveUnnamed = "resolve.unnamed"

    // Actors and dates.
    case actorName = "actor.name"
    case actorTentative = "actor.tentative"
    case dateExpression = "date.expression"

    /// What the rule recognises, in one line.
    public var summary: String {
        switch self {
        case .quoteMarks: "words between a pair of quotation marks"
        case .quoteScare: "a short quotation with no speech context: a scare quote, credited to no one"
        case .quoteTitle: "capitalised words in quotation marks: a title or a name, credited to no one"
        case .speakerTranscript: "“WALLACE: Let’s start …”: a transcript line names its speaker"
        case .speakerMedium: "MEDIUM quoted X as saying “Q”: the speaker is X"
        case .speakerInverted: "Said SPEAKER, “Q”: a sentence opening with its speech verb, then the speaker"
        case .speakerNameColon: "NAME: “Q”: a person's name and a colon heading the quotation"
        case .speakerIntroduced: "SPEAKER VERB: “Q”: the quotation follows the speech verb"
        case .speakerAfterQuote: "“Q,” SPEAKER VERB / “Q,” VERB SPEAKER / “Q,” according to SPEAKER"
        case .speakerReportedClause: "SPEAKER VERB (that) … “Q”: the quotation ends a reported clause"
        case .speakerNaming: "SPEAKER called X “Q”: a verb of naming"
        case .speakerAsPutIt: "As SPEAKER put it: “Q”"
        case .speakerColonIntroduction: "SPEAKER … : “Q”: a sentence opening with a person and ending in a colon"
        case .speakerSentenceBefore: "SPEAKER said in a statement. “Q”: the sentence before is only an attribution"
        case .speakerPreviousParagraph: "SPEAKER said: ending the paragraph before the quotation"
        case .speakerContinued: "continues an attributed quotation (next paragraph, or “…,” he said. “…”)"
        case .speakerFloating: "a paragraph that is only a quotation takes the voice ending the paragraph before"
        case .speakerSubjectVoice: "an unattributed quotation after a sentence whose subject is one person is that person's"
        case .statementAccordingTo: "According to SPEAKER, CLAUSE."
        case .statementAccordingToLongSource: "According to SOURCE, CLAUSE. (a longer source than a name)"
        case .statementAsSourceNoted: "As SOURCE noted, CLAUSE."
        case .statementAccordingToInside: "…, according to SOURCE, … inside the sentence"
        case .statementClauseThenSpeaker: "CLAUSE, SPEAKER VERB. at the end of the sentence"
        case .statementClauseThenSpeakerPhrase: "CLAUSE, SPEAKER VERB PHRASE. (a short phrase after the verb)"
        case .statementTrailingTeller: "CLAUSE, SPEAKER told ADDRESSEE. / CLAUSE, the poll found."
        case .statementSaidNameAppositive: "CLAUSE, said NAME, DESCRIPTION."
        case .statementSpeakerVerb: "SPEAKER VERB (that) CLAUSE"
        case .statementPollShare: "SHARE (of GROUP) VERB CONTENT in a poll report"
        case .statementLabel: "SPEAKER: CLAUSE opening a paragraph"
        case .statementSharedSubject: "SPEAKER said A and said B: a second clause of the same speaker"
        case .statementRelative: "…, which SPEAKER said CLAUSE: a relative clause with a speaker of its own"
        case .statementSecondSpeakerVerb: "a second SPEAKER VERB CLAUSE after the first statement's clause"
        case .statementParticiple: "…, adding (that) CLAUSE: a participle of saying"
        case .statementNested: "a statement nested inside a reported clause (“Ames said voters want …”)"
        case .statementPossessiveStance: "her attacks on CONTENT: a possessive before a noun of stance"
        case .resolveName: "the speaker is a name of the article's people"
        case .resolvePronoun: "a pronoun resolved to the person it stands for"
        case .resolveOwnStatement: "“her statement read”: the owner of the statement speaks"
        case .resolveRole: "“the spokeswoman”: the one person the article says holds that title or role"
        case .resolveUnnamed: "a speaker that is none of the article's people"
        case .actorName: "a name with evidence of an actor (a title, a role, a known name, speech)"
        case .actorTentative: "a name without such evidence: shown only when another article confirms it"
        case .dateExpression: "a temporal expression, normalised against the article's date"
        }
    }
}
