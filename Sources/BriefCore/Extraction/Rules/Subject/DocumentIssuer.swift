/// `The town released a statement saying …`: the subject of the verb that issued the document a
/// participle reports (``ReportedSpeechFinder/issuer(before:_:_:_:)``).
struct DocumentIssuer: SubjectRule {
    let name = "document-issuer"
    let summary = "the subject of the verb that issued the statement, letter or post the participle reports"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.finder.issuer(before: verb.v, verb.sentence, verb.p, verb.a)
    }
}
