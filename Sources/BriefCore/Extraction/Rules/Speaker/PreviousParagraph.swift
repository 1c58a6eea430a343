/// `SPEAKER said:` ending the paragraph before a quotation that opens its own ("Jo Ames issued the
/// following statement:" needs no speech verb).
struct PreviousParagraph: SpeakerRule {
    let id = RuleID.speakerPreviousParagraph

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        guard quote.quote.open == 0, let intro = quote.previous, let last = intro.p.tokens.last, last.is(":") else { return nil }
        let colon = intro.p.tokens.count - 1
        guard var found = intro.before(colon) ?? intro.followingStatement(colon: colon) else { return nil }
        found.fromPrevious = true
        return found.by(id)
    }
}

extension Attributor {
    /// `SPEAKER VERB: “Q”`, `SPEAKER VERB (that) … “Q”`, `SPEAKER called X “Q”`, `MEDIUM quotes X as saying “Q”`,
    /// and a heading-like `NAME: “Q”`: the rules of ``SpeakerRules/quotation`` that read before the
    /// quotation, in their order, for a colon ending the paragraph before (``PreviousParagraph``).
    func before(_ open: Int) -> Finding? {
        let sentenceStart = p.sentences[p.sentenceOf[open]].lowerBound
        if let idiom = asPutIt(open) { return idiom.by(.speakerAsPutIt) }
        if let inverted = inverted(open, sentenceStart: sentenceStart) { return inverted }
        if let named = nameColon(open, sentenceStart: sentenceStart) { return named }
        return speechVerbBefore(open)
    }
}
