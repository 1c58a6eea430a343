/// `SPEAKER said in a statement. “Q”`: the sentence before the quotation is only an attribution
/// (``Attributor/attributionSentenceBefore(_:)``).
struct SentenceBefore: SpeakerRule {
    let id = RuleID.speakerSentenceBefore

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        quote.a.attributionSentenceBefore(quote.quote.open)?.by(id)
    }
}

extension Attributor {
    /// `SPEAKER said in a statement. “Q”`: a quotation opening its sentence right after a sentence
    /// that is only an attribution (its subject, a speech verb, and a short adjunct or the medium
    /// told), with no quotation or reported clause of its own.
    func attributionSentenceBefore(_ open: Int) -> Finding? {
        let s = p.sentenceOf[open]
        guard s > 0, open == p.sentences[s].lowerBound else { return nil }
        let previous = p.sentences[s - 1]
        guard !previous.contains(where: { p.insideQuote[$0] || p.tokens[$0].kind == .quoteMark }),
              let v = previous.first(where: { isVerb($0) }), !p.flags(v).contains(.participle),
              !p.flags(v).contains(.namingVerb), let speaker = subject(before: v, sentenceStart: previous.lowerBound) else { return nil }
        var end = previous.upperBound - 1
        while end > v, p.tokens[end].isTerminal { end -= 1 }
        let rest = (v + 1 + particleLength(v))..<(end + 1)
        guard rest.count <= 6, !rest.contains(where: { p.lower($0) == "that" || isVerb($0) || p.tokens[$0].is(",") }) else { return nil }
        if let first = rest.first {
            let told = Self.toldVerbs.contains(p.lower(v)) && (p.tokens[first].isCapitalized || p.lower(first) == "reporters")
            guard told || Self.adjunctPrepositions.contains(p.lower(first)) else { return nil }
        }
        return Finding(speaker: speaker, pattern: .introduced, verb: v)
    }
}
