/// `Ames asked [voters] to stay home`: the person asked before an infinitive
/// (``ReportedSpeechFinder/askedToStart(_:_:)``).
struct AskedToObject: ObjectStartRule {
    let name = "asked-to"
    let summary = "the person asked, urged or told before \"to\" and a verb"

    func start(ofVerb v: Int, _ p: ParagraphText, _ finder: ReportedSpeechFinder) -> Int? {
        finder.askedToStart(v, p)
    }
}
