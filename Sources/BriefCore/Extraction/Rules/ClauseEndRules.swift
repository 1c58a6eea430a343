/// Where a reported clause ends: the boundaries that cut it short of its sentence's end, in the order
/// they are tried at each token from the clause's third token on
/// (``ReportedSpeechFinder/clauseEnd(from:end:_:_:)``). The first boundary found ends the clause;
/// before the loop, ``SharedSubjectObject`` looks at the clause's second token alone.
enum ClauseEndRules {
    /// Tried at the clause's second token only.
    static let opening: any ClauseBoundary = SharedSubjectObject()

    /// Tried at each token in turn, first tried first.
    static let boundaries: [any ClauseBoundary] = [
        ParticipleAfterComma(),
        ParticipleAfterQuotation(),
        PronounClause(),
        SecondSpeakerClause(),
        RelativeSpeakerClause(),
        RelativeBeforeMainVerb(),
        AndParticiple(),
        LinkedParticiple(),
        SecondVerbOfSubject(),
    ]
}
