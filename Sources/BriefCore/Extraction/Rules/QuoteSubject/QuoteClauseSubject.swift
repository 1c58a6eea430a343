/// `Ames said Tuesday, noting “Q”`: the subject of the sentence's main verb, or the first person or
/// pronoun named before the verb (``Attributor/clauseSubject(before:sentenceStart:)``).
struct QuoteClauseSubject: SubjectRule {
    let name = "main-clause"
    let summary = "the subject of the sentence's main verb, or the first person or pronoun before the verb"

    func subject(_ verb: QuoteVerbView) -> SpeakerPhrase? {
        verb.a.clauseSubject(before: verb.v, sentenceStart: verb.sentenceStart)
    }
}
