/// How `SPEAKER VERB (that) CLAUSE` (``ReportedSpeechFinder/speakerVerb(in:from:end:_:_:)``) finds the
/// object of a verb that reports a stance rather than a clause: the rules in the order they are tried;
/// the first that finds one gives where the statement's clause starts.
enum StanceObjectRules {
    /// The rules, first tried first.
    static let all: [any ObjectStartRule] = [
        VerbOfStanceObject(),
        RegardedAsObject(),
        AskedToObject(),
        MadeClearObject(),
    ]

    /// Where the object of the verb at `v` starts: what the first rule that finds one finds, or nil.
    static func start(ofVerb v: Int, _ p: ParagraphText, _ finder: ReportedSpeechFinder) -> Int? {
        for rule in all {
            if let found = rule.start(ofVerb: v, p, finder) { return found }
        }
        return nil
    }
}
