/// "It said …" opening the sentence: the organisation "it" stands for
/// (``ReportedSpeechFinder/openingIt(before:_:_:_:)``).
struct OpeningItSubject: SubjectRule {
    let name = "opening-it"
    let summary = "\"it\" opening the sentence, for the organisation it stands for"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.finder.openingIt(before: verb.v, verb.sentence, verb.p, verb.a)
    }
}
