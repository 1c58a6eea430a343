/// `Said SPEAKER, “Q”`, `Continued SPEAKER: “Q”`: a sentence opening with its speech verb, then the
/// speaker right before the quotation (``Attributor/inverted(_:sentenceStart:)``).
struct InvertedIntroduction: SpeakerRule {
    let id = RuleID.speakerInverted

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        let open = quote.quote.open
        return quote.a.inverted(open, sentenceStart: quote.a.p.sentences[quote.a.p.sentenceOf[open]].lowerBound)?.by(id)
    }
}
