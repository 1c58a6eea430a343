extension Attributor {

    /// `Jo Ames released the following statement:` ending this paragraph, whose colon is the token
    /// at `colon`: the subject of the verb before "the following", which introduces a quotation
    /// opening the next paragraph; nil when the paragraph does not end so.
    func followingStatement(colon: Int) -> Finding? {
        guard colon >= 4, p.tokens[colon].is(":"), Self.announcedNouns.contains(p.lower(colon - 1)), p.lower(colon - 2) == "following",
              p.lower(colon - 3) == "the" else { return nil }
        let sentenceStart = p.sentences[p.sentenceOf[colon]].lowerBound
        var verb = colon - 4
        while verb > sentenceStart, p.flags(verb).contains(.skippable) || isMannerAdverb(verb) { verb -= 1 }
        guard verb > sentenceStart, let t = p.token(verb), t.kind == .word, !t.isCapitalized, !p.insideQuote[verb],
              let speaker = QuoteSubjectRules.subject(QuoteVerbView(a: self, v: verb, sentenceStart: sentenceStart), by: QuoteSubjectRules.finite)
        else { return nil }
        return Finding(speaker: speaker, pattern: .introduced, verb: verb)
    }
}
