/// A name, a pronoun or a title phrase ending right before the verb, or before an appositive set off
/// by commas (``Attributor/subject(before:sentenceStart:)``).
struct NamedSubject: SubjectRule {
    let name = "named"
    let summary = "a name, pronoun or title phrase right before the verb or its appositive"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.a.subject(before: verb.subjectEnd, sentenceStart: verb.sentence.lowerBound)
    }
}
