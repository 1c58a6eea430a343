/// When no narrower rule finds the subject: the subject of the sentence's earlier verb after "and" or
/// "but" ("Ames praised the plan but said …"), or the whole subject from the sentence's start
/// (``ReportedSpeechFinder/fallbackSubject(before:stance:_:_:_:)``).
struct FallbackSubject: SubjectRule {
    let name = "whole-subject"
    let summary = "the earlier verb's subject after and/but, or the whole subject from the sentence's start"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        verb.finder.fallbackSubject(before: verb.v, stance: verb.stance, verb.sentence, verb.p, verb.a)
    }
}
