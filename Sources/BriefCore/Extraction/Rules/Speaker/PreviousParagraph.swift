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
