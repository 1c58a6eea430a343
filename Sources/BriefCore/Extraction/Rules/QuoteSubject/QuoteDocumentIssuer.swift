/// `The town released a statement Wednesday saying “Q”`: the subject of the verb that issued the
/// document the participle reports (``Attributor/issuer(before:sentenceStart:)``).
struct QuoteDocumentIssuer: SubjectRule {
    let name = "document-issuer"
    let summary = "the subject of the verb that issued the statement, letter or post the participle quotes"

    func subject(_ verb: QuoteVerbView) -> SpeakerPhrase? {
        verb.a.issuer(before: verb.v, sentenceStart: verb.sentenceStart)
    }
}
