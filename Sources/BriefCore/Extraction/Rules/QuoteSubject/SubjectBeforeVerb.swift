/// `Ames said`, `Sen. Jo Ames (D-Ore.) said`, `Jo Sims, a teacher, says`: a name, pronoun or title
/// phrase ending right before the verb or its appositive (``Attributor/subject(before:sentenceStart:)``).
struct SubjectBeforeVerb: SubjectRule {
    let name = "named"
    let summary = "a name, pronoun or title phrase right before the verb or its appositive"

    func subject(_ verb: QuoteVerbView) -> SpeakerPhrase? {
        verb.a.subject(before: verb.v, sentenceStart: verb.sentenceStart)
    }
}
