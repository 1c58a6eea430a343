/// `Said SPEAKER, “Q”`, `Continued SPEAKER: “Q”`: a sentence opening with its speech verb, then the
/// speaker right before the quotation (``Attributor/inverted(_:sentenceStart:)``).
struct InvertedIntroduction: SpeakerRule {
    let id = RuleID.speakerInverted

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        let open = quote.quote.open
        return quote.a.inverted(open, sentenceStart: quote.a.p.sentences[quote.a.p.sentenceOf[open]].lowerBound)?.by(id)
    }
}

extension Attributor {
    /// `Said SPEAKER, “Q”`, `Continued SPEAKER: “Q”`: a sentence opening with its speech verb, then the
    /// speaker (with any appositive) right before the quotation.
    func inverted(_ open: Int, sentenceStart: Int) -> Finding? {
        guard open > sentenceStart + 1, let verb = p.token(sentenceStart), verb.kind == .word, verb.isCapitalized,
              SpeechVerbs.isSpeechVerb(verb.lower), !SpeechVerbs.naming.contains(verb.lower), !SpeechVerbs.participles.contains(verb.lower),
              let (speaker, end) = phrase(at: sentenceStart + 1) else { return nil }
        var k = skipAppositive(from: end)
        if k < open, p.tokens[k].is(",") || p.tokens[k].is(":") { k += 1 }
        guard k == open else { return nil }
        return Finding(speaker: speaker, pattern: .introduced, verb: sentenceStart)
    }
}
