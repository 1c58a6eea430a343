/// A rule that chooses the speaker of one quotation: a name (``RuleID``), a one-line description, and
/// a match on the quotation as it stands in its paragraph (``QuoteView``). The rules are values in
/// the ordered list ``SpeakerRules/quotation``: the first that matches gives the speaker.
protocol SpeakerRule: Sendable {
    /// The rule's name, recorded in the quotation's ``Provenance`` unless the finding names another
    /// (a verb before the quotation records the pattern it found: introduced, reported, naming).
    var id: RuleID { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// The speaker this rule finds for `quote`, or nil when it does not apply.
    func match(_ quote: QuoteView) -> Attributor.Finding?
}

extension SpeakerRule {
    /// The description listed with the rule's id.
    var summary: String { id.summary }
}
