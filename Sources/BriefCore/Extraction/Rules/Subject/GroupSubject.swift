/// "Officials say", "Analysts said": a group of people as the subject, a speaker that is no actor
/// (``ReportedSpeechFinder/group(before:_:_:)``).
struct GroupSubject: SubjectRule {
    let name = "group"
    let summary = "a group of people before the verb"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.finder.group(before: verb.subjectEnd, verb.sentence, verb.p)
    }
}
