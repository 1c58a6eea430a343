/// `Rep. Jo Ames (R-Ohio): “Q”`: a person's name and a colon, heading the quotation
/// (``Attributor/nameColon(_:sentenceStart:)``).
struct NameColon: SpeakerRule {
    let id = RuleID.speakerNameColon

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        let open = quote.quote.open
        return quote.a.nameColon(open, sentenceStart: quote.a.p.sentences[quote.a.p.sentenceOf[open]].lowerBound)?.by(id)
    }
}
