extension Attributor {
    /// `“WALLACE: Let’s start with …`: a quotation that opens, as a transcript line, with its
    /// speaker's name and a colon. The name is one or two words in capitals ("PENCE", "CHRIS
    /// MATTHEWS") or a person's name the recogniser found; nil otherwise.
    func transcriptSpeaker(_ quote: QuotationScanner.Segment) -> Finding? {
        let first = quote.open + 1
        var colon = first
        while colon < min(quote.limit, first + 3), p.tokens[colon].kind == .word { colon += 1 }
        guard colon > first, colon < quote.limit, p.tokens[colon].is(":") else { return nil }
        if let m = byStart[first], mentionKinds[m] == .person, mentionTokens[m]?.upperBound == colon { return Finding(speaker: .mention(m), pattern: .introduced) }
        let capitals = (first..<colon).allSatisfy { k in
            let bytes = p.tokens[k].text.utf8
            return bytes.count >= 2 && bytes.allSatisfy { ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }
        }
        guard capitals else { return nil }
        return Finding(speaker: .unknown(p.text(of: first..<colon)), pattern: .introduced)
    }
}

/// `“WALLACE: Let’s start …”`: a transcript line names its speaker inside the quotation.
struct TranscriptSpeaker: SpeakerRule {
    let id = RuleID.speakerTranscript

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        quote.a.transcriptSpeaker(quote.quote)?.by(id)
    }
}
