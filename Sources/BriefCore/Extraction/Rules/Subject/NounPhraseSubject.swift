/// A lower-case noun phrase before the verb ("The company said", "Several cast members said", "63 percent said")
/// (``ReportedSpeechFinder/nounPhrase(before:_:_:_:)``).
struct NounPhraseSubject: SubjectRule {
    let name = "noun-phrase"
    let summary = "a noun phrase before the verb"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.finder.nounPhrase(before: verb.subjectEnd, verb.sentence, verb.p, verb.a)
    }
}
