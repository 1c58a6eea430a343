/// Which pattern attributed a quotation.
enum AttributionPattern: Sendable, Hashable {
    /// `“Q,” SPEAKER VERB` or `“Q,” VERB SPEAKER` or `“Q,” according to SPEAKER`.
    case after
    /// `SPEAKER VERB: “Q”` — the quotation follows the verb directly.
    case introduced
    /// `SPEAKER VERB (that) … “Q”` — the quotation ends the reported clause.
    case reported
    /// `SPEAKER called X “Q”`, `described X as “Q”`, `branded X “Q”`.
    case naming
    /// `MEDIUM quotes X as saying “Q”`: the speaker is X.
    case medium

    /// The rule id a quotation attributed by this pattern records.
    var rule: RuleID {
        switch self {
        case .after: .speakerAfterQuote
        case .introduced: .speakerIntroduced
        case .reported: .speakerReportedClause
        case .naming: .speakerNaming
        case .medium: .speakerMedium
        }
    }
}
