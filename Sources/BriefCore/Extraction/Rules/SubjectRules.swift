/// How the speaker of `SPEAKER VERB (that) CLAUSE` is found before its verb
/// (``ReportedSpeechFinder/speakerVerb(in:from:end:_:_:)``): the rules in the order they are tried;
/// the first that finds a subject gives the statement's speaker.
enum SubjectRules {
    /// The rules, first tried first.
    static let speakerVerb: [any SubjectRule] = [
        EvidenceAsSubject(),
        NamedSubject(),
        GroupSubject(),
        NounPhraseSubject(),
        FallbackSubject(),
        OpeningItSubject(),
    ]

    /// The subject of `verb`: what the first rule that finds one finds, or nil.
    static func subject(_ verb: VerbView) -> SpeakerPhrase? {
        for rule in speakerVerb {
            if let found = rule.subject(verb) { return found }
        }
        return nil
    }
}
