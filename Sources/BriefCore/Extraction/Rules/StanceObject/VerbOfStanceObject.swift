/// `Ames praised [the deal]`, `called for [a ban]`, `spoke of [her faith]`: the object of a verb of
/// stance (``ReportedSpeechFinder/stanceStart(_:_:)``).
struct VerbOfStanceObject: ObjectStartRule {
    let name = "stance"
    let summary = "the object of a verb of stance, with its preposition if it takes one"

    func start(ofVerb v: Int, _ p: ParagraphText, _ finder: ReportedSpeechFinder) -> Int? {
        finder.stanceStart(v, p)
    }
}
