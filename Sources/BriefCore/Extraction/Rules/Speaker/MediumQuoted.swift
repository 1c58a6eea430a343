/// `“Q,” MEDIUM quoted X as saying`: a news outlet quotes the speaker, who is X, not the outlet.
struct MediumQuoted: SpeakerRule {
    let id = RuleID.speakerMedium

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard let close = quote.quote.close else { return nil }
        return quote.a.mediumAfter(close)?.by(id)
    }
}
