extension Attributor {

    /// `As SPEAKER put it: “Q”` and `As SPEAKER, a description, puts it, “Q”`: the idiom names whose
    /// words the quotation after it in the same sentence are.
    func asPutIt(_ open: Int) -> Finding? {
        let start = p.sentences[p.sentenceOf[open]].lowerBound
        guard start + 4 < open, p.lower(start) == "as", let (speaker, after) = phrase(at: start + 1) else { return nil }
        let verb = skipAppositive(from: after)
        guard verb + 2 < open, Self.putForms.contains(p.lower(verb)), p.lower(verb + 1) == "it",
              p.tokens[verb + 2].is(",") || p.tokens[verb + 2].is(":"),
              !((verb + 3)..<open).contains(where: { p.tokens[$0].kind == .word }) else { return nil }
        return Finding(speaker: speaker, pattern: .introduced)
    }
}

/// `As SPEAKER put it: “Q”`: the idiom names whose words the quotation are.
struct AsPutIt: SpeakerRule {
    let id = RuleID.speakerAsPutIt

    func match(_ quote: QuoteView) -> Attributor.Finding? {
        quote.a.asPutIt(quote.quote.open)?.by(id)
    }
}
