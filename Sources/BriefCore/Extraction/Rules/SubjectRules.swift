/// How the speaker of a reported statement is found before its verb: ordered lists of rules, one for
/// each kind of verb, each tried first to last; the first that finds a subject gives the statement's
/// speaker. (The speakers of quotations: ``QuoteSubjectRules``.)
enum SubjectRules {
    /// `SPEAKER VERB (that) CLAUSE` (``ReportedSpeechFinder/speakerVerb(in:from:end:_:_:)``), first tried first.
    static let speakerVerb: [any SubjectRule<VerbView>] = [
        EvidenceAsSubject(),
        NamedSubject(),
        GroupSubject(),
        NounPhraseSubject(),
        FallbackSubject(),
        OpeningItSubject(),
    ]

    /// `…, adding that CLAUSE`: the speaker of a participle of saying after a comma
    /// (``ReportedSpeechFinder/participleClause(in:_:_:)``), first tried first.
    static let participle: [any SubjectRule<VerbView>] = [
        MainClauseSubject(),
        DocumentIssuer(),
        SentenceOpeningSubject(),
    ]

    /// `…, which critics say is flawed`: the speaker of a relative clause with a verb of saying of its
    /// own (``ReportedSpeechFinder/relativeSpeaker(after:end:_:_:)``), first tried first.
    static let relativeClause: [any SubjectRule<VerbView>] = [
        NamedSubject(),
        GroupSubject(),
        NounPhraseSubject(),
    ]

    /// `The town released a statement saying …`: the subject of the verb that issued the document
    /// (``ReportedSpeechFinder/issuer(before:_:_:_:)``), first tried first.
    static let issuingVerb: [any SubjectRule<VerbView>] = [
        NamedSubject(),
        NounPhraseSubject(),
    ]

    /// The subject of `verb`: what the first of `rules` that finds one finds, or nil.
    static func subject(_ verb: VerbView, by rules: [any SubjectRule<VerbView>] = speakerVerb) -> SpeakerPhrase? {
        rules.firstSubject(of: verb)
    }
}
