/// `SPEAKER VERB: “Q”`, `SPEAKER VERB that “Q”`: the nearest speech verb before the quotation
/// introduces it directly (``Attributor/speechVerbBefore(_:)``). It comes before ``AfterQuote``;
/// the same verb introducing only a reported clause comes after it (``ReportedClauseSpeaker``).
struct IntroducedByVerb: SpeakerRule {
    let id = RuleID.speakerIntroduced

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let found = quote.verbBefore, found.pattern == .introduced else { return nil }
        return found
    }
}
