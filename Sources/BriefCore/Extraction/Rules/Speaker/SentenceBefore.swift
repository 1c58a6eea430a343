/// `SPEAKER said in a statement. “Q”`: the sentence before the quotation is only an attribution
/// (``Attributor/attributionSentenceBefore(_:)``).
struct SentenceBefore: SpeakerRule {
    let id = RuleID.speakerSentenceBefore

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        quote.a.attributionSentenceBefore(quote.quote.open)?.by(id)
    }
}
