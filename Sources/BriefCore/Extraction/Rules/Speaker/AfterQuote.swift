/// `“Q,” SPEAKER VERB`, `“Q,” VERB SPEAKER`, `“Q,” according to SPEAKER`, `“Q” — NAME`, and an
/// attribution closing the quotation's sentence (``Attributor/after(_:)``).
struct AfterQuote: SpeakerRule {
    let id = RuleID.speakerAfterQuote

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let close = quote.quote.close else { return nil }
        return quote.a.after(close)
    }
}
