/// How the speaker of a verb introducing a quotation is found before it
/// (``Attributor/finding(verb:open:sentenceStart:)``): three ordered lists, one for each form of the
/// verb, each tried first to last; the first rule that finds a subject gives the quotation's speaker.
enum QuoteSubjectRules {
    /// `Ames went on to say: “Q”`: the subject of the verb before "to".
    static let beforeInfinitive: [any SubjectRule<QuoteVerbView>] = [
        SubjectBeforeVerb(),
        QuoteClauseSubject(),
        DescribedNounSubject(),
    ]

    /// `…, noting “Q”`: a participle with no subject right before it.
    static let participle: [any SubjectRule<QuoteVerbView>] = [
        QuoteClauseSubject(),
        QuoteDocumentIssuer(),
    ]

    /// `Ames said: “Q”`, `with Gorka noting “Q”`: a verb with its subject before it.
    static let finite: [any SubjectRule<QuoteVerbView>] = [
        SubjectBeforeVerb(),
        DescribedNounSubject(),
    ]

    /// The subject of `verb`: what the first of `rules` that finds one finds, or nil.
    static func subject(_ verb: QuoteVerbView, by rules: [any SubjectRule<QuoteVerbView>]) -> SpeakerPhrase? {
        rules.firstSubject(of: verb)
    }
}
