/// `The mayor made it clear [she would not run]`: the clause after "made (it) clear (that)"
/// (``ReportedSpeechFinder/madeClearStart(_:_:)``).
struct MadeClearObject: ObjectStartRule {
    let name = "made-clear"
    let summary = "the clause after made (it) clear or plain"

    func start(ofVerb v: Int, _ p: ParagraphText, _ finder: ReportedSpeechFinder) -> Int? {
        finder.madeClearStart(v, p)
    }
}
