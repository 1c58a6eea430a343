/// `Voters see [the race] as close`: the object of a verb of regarding followed by "as"
/// (``ReportedSpeechFinder/regardedAsStart(_:_:)``).
struct RegardedAsObject: ObjectStartRule {
    let name = "regarded-as"
    let summary = "the object of see, regard or describe before \"as\" and a judgement"

    func start(ofVerb v: Int, _ p: ParagraphText, _ finder: ReportedSpeechFinder) -> Int? {
        finder.regardedAsStart(v, p)
    }
}
