/// "The latest poll of likely voters released Friday shows": a piece of evidence as the subject of a
/// verb of showing (``ReportedSpeechFinder/evidenceSubject(before:sentenceStart:_:)``).
struct EvidenceAsSubject: SubjectRule {
    let name = "evidence"
    let summary = "a poll, a study or a report before a verb of showing"

    func subject(_ verb: VerbView) -> SpeakerPhrase? {
        guard ReportedSpeechFinder.showingVerbs.contains(verb.p.lower(verb.v)) else { return nil }
        return verb.finder.evidenceSubject(before: verb.v, sentenceStart: verb.sentence.lowerBound, verb.p)
    }
}
