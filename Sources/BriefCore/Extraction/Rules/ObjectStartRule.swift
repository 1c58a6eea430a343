/// A rule that finds where the object of a verb of stance, judgement or request starts ("praised
/// [the deal]", "sees [the race] as close", "asked [voters] to", "made it clear [she would run]"): a
/// name, a one-line description and a search after the verb. The rules are values in the ordered list
/// ``StanceObjectRules``.
protocol ObjectStartRule: Sendable {
    /// The rule's name, as a newcomer would search for it.
    var name: String { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// The token index where the object of the verb at `v` of `p` starts, or nil when this rule finds none.
    func start(ofVerb v: Int, _ p: ParagraphText, _ finder: ReportedSpeechFinder) -> Int?
}
