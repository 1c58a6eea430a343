extension ReportedSpeechFinder {

    /// The subject that opens the sentence of the participle at `v` ("The nurse later sued, claiming
    /// …"): after an adverbial set off by a comma and a linking word, up to eight words that run to a
    /// lower-case verb, an auxiliary or an adverb; nil when none is found so.
    func openingSubject(before v: Int, _ sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> SpeakerPhrase? {
        var start = sentence.lowerBound
        while start < v, Self.adverbialOpeners.contains(p.lower(start)),
              let comma = (start..<v).first(where: { p.tokens[$0].is(",") }) { start = comma + 1 }
        if start < v, Self.sentenceLinks.contains(p.lower(start)) { start += 1 }
        var k = start
        while k < v, k - start <= 8, !isSubjectEnd(k, start: start, p) { k += 1 }
        guard k > start, k < v, k - start <= 8, !p.tokens[k].is(","), p.tokens[k].kind == .word,
              let first = p.token(start), first.isCapitalized || Self.subjectInnerWords.contains(first.lower)
                || Attributor.pronouns.contains(first.lower) || first.lower == "it",
              !(start..<k).contains(where: { p.insideQuote[$0] || p.tokens[$0].kind == .quoteMark }) else { return nil }
        if let m = a.byStart[start], a.mentionTokens[m]?.upperBound == k { return .mention(m) }
        if k == start + 1, p.flags(start).contains(.speakerPronoun) { return .pronoun(p.lower(start)) }
        return .unknown(p.text(of: start..<k))
    }

    /// Whether the token at `k` ends a subject opened at `start`: punctuation, or a lower-case word
    /// that is an auxiliary or an adverb of ``subjectEnders``, or, after a word that is no determiner,
    /// a past form ("sued") or a present form ("rips").
    func isSubjectEnd(_ k: Int, start: Int, _ p: ParagraphText) -> Bool {
        let t = p.tokens[k]
        if t.kind != .word && t.kind != .number { return true }
        guard !t.isCapitalized, !Self.subjectInnerWords.contains(t.lower) else { return false }
        if Self.subjectEnders.contains(t.lower) { return true }
        // "The departments declined": a word after a determiner is the noun, the one after it the verb.
        guard k > start, !Self.subjectInnerWords.contains(p.lower(k - 1)) else { return false }
        return t.lower.hasSuffix("ed") || (t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss"))
    }
}
