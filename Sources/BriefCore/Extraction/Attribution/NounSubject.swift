extension Attributor {

    /// `The ad says “…”`, `The department said it will “…”`, `the Christie supporter retorted:`: a
    /// noun phrase with no name or title as the subject of the speech verb at `v`. It opens with a
    /// determiner or a word of quantity, runs over at most six descriptive words ending in a lower-case noun right before
    /// the verb (after adverbs), and opens its clause: at the sentence start, or after a comma, a
    /// colon or a conjunction. Nil otherwise.
    func nounSubject(before v: Int, sentenceStart: Int) -> SpeakerPhrase? {
        var k = v - 1
        while k > sentenceStart, p.flags(k).contains(.skippable) || isMannerAdverb(k) { k -= 1 }
        guard k > sentenceStart, !p.insideQuote[k], let head = p.token(k), head.kind == .word, !head.isCapitalized,
              head.possessiveLength == 0, !Self.nonHeads.contains(head.lower), !SpeakerExtent.leftStops.contains(head.lower),
              !Self.pronouns.contains(head.lower), !Self.determiners.contains(head.lower), !isVerb(k),
              !head.lower.hasSuffix("ing"), !head.lower.hasSuffix("ly") else { return nil }
        var start = k
        while start > sentenceStart, k - start < 6 {
            let t = p.tokens[start - 1]
            guard t.kind == .word || t.kind == .number, !p.insideQuote[start - 1], !SpeakerExtent.leftStops.contains(t.lower),
                  !Self.pronouns.contains(t.lower), !isVerb(start - 1) else { break }
            start -= 1
            if Self.determiners.contains(t.lower) || Self.quantifiers.contains(t.lower) { break }
        }
        guard p.flags(start).contains(.determiner) || Self.quantifiers.contains(p.lower(start)) else { return nil }
        if start > sentenceStart {
            let before = p.tokens[start - 1]
            guard before.is(",") || before.is(":") || Self.clauseOpeners.contains(before.lower) else { return nil }
        }
        return .nominal(head: head.lower, text: p.text(of: start..<(k + 1)))
    }
}

extension Attributor {

    /// `The town released a statement Wednesday saying …`: the subject of the verb that issued the
    /// document a participle at `v` reports, within the eight words before it; nil when there is none.
    func issuer(before v: Int, sentenceStart: Int) -> SpeakerPhrase? {
        guard let verb = (max(sentenceStart + 1, v - 8)..<v).last(where: { Self.issuingVerbs.contains(p.lower($0)) && !p.insideQuote[$0] }) else { return nil }
        return QuoteSubjectRules.subject(QuoteVerbView(a: self, v: verb, sentenceStart: sentenceStart), by: QuoteSubjectRules.finite)
    }
}
