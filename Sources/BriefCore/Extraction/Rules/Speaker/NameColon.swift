/// `Rep. Jo Ames (R-Ohio): “Q”`: a person's name and a colon, heading the quotation
/// (``Attributor/nameColon(_:sentenceStart:)``).
struct NameColon: SpeakerRule {
    let id = RuleID.speakerNameColon

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        let open = quote.quote.open
        return quote.a.nameColon(open, sentenceStart: quote.a.p.sentences[quote.a.p.sentenceOf[open]].lowerBound)?.by(id)
    }
}

extension Attributor {
    /// `Rep. Jo Ames (R-Ohio): “Q”`: a person's name (with its party tag) and a colon right before the
    /// quotation, opening the sentence or after role words.
    func nameColon(_ open: Int, sentenceStart: Int) -> Finding? {
        // "Rep. Jo Ames (R-Ohio): “…”": the name may carry a party tag.
        if open >= 2, p.tokens[open - 1].is(":"), let m = nameBefore(open - 2, sentenceStart: sentenceStart), mentionKinds[m] == .person,
           let range = mentionTokens[m], range.lowerBound <= sentenceStart + 1 || p.tokens[range.lowerBound - 1].kind == .punctuation
            // "Former secretary of state Ada Moss: “…”": a transcript's speaker after role words.
            || (range.lowerBound - sentenceStart <= 6 && (sentenceStart..<range.lowerBound).allSatisfy { p.tokens[$0].kind == .word && (!isVerb($0) || p.lower($0 - 1) == "of") }) {
            return Finding(speaker: .mention(m), pattern: .introduced)
        }
        return nil
    }
}
