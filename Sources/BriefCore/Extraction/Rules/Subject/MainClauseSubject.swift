/// `Ames said Tuesday in Paris, noting that …`: the subject of the sentence's main verb, or the first
/// person or pronoun named before a participle (``Attributor/clauseSubject(before:sentenceStart:)``).
struct MainClauseSubject: SubjectRule {
    let name = "main-clause"
    let summary = "the subject of the sentence's main verb, or the first person or pronoun before the participle"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.a.clauseSubject(before: verb.v, sentenceStart: verb.sentence.lowerBound)
    }
}
