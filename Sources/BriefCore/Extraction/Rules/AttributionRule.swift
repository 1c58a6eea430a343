/// A rule of attribution: a name (``RuleID``), a one-line description, and a match on one sentence.
/// The rules of reported speech are values in ordered lists (``StatementRules``): the order a
/// newcomer reads there is the order they are tried.
protocol AttributionRule: Sendable {
    /// The rule's name, recorded in the ``Provenance`` of what it finds.
    var id: RuleID { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// What the rule finds in `sentence`, or nil when it does not apply.
    func match(_ sentence: SentenceView) -> RuleMatch?
}

extension AttributionRule {
    /// The description listed with the rule's id.
    var summary: String { id.summary }
}
