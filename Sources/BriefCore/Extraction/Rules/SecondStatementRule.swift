/// A rule that finds a second statement in a sentence after its main one's clause ("X, who said A,
/// said B"): an id and a match that reads the main statement. The rules are values in the ordered
/// list ``StatementRules/second``.
protocol SecondStatementRule: Sendable {
    /// The rule's name, recorded in the ``Provenance`` of what it finds.
    var id: RuleID { get }
    /// The second statement of `sentence` after `main`, or nil when this rule finds none.
    func match(_ sentence: SentenceView, after main: RuleMatch) -> RuleMatch?
}

extension SecondStatementRule {
    /// The description listed with the rule's id.
    var summary: String { id.summary }
}
