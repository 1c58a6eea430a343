/// `SPEAKER VERB (that) … “Q”`, `SPEAKER called X “Q”`, `Reuters quoted X as saying “Q”`, or a verb of
/// stance: the nearest speech verb before the quotation, when it does not introduce the quotation
/// directly (``Attributor/speechVerbBefore(_:)``). Records the pattern it found (reported, naming,
/// medium).
struct ReportedClauseSpeaker: SpeakerRule {
    let id = RuleID.speakerReportedClause

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let found = quote.verbBefore, found.pattern != .introduced else { return nil }
        return found
    }
}
