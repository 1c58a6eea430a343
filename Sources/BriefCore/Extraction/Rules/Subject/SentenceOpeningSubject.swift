/// `The nurse later sued, claiming …`: the subject that opens the participle's sentence, after an
/// adverbial and a linking word (``ReportedSpeechFinder/openingSubject(before:_:_:_:)``).
struct SentenceOpeningSubject: SubjectRule {
    let name = "sentence-opening"
    let summary = "the subject opening the participle's sentence, up to its verb"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.finder.openingSubject(before: verb.v, verb.sentence, verb.p, verb.a)
    }
}
