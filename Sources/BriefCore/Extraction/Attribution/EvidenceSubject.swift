extension ReportedSpeechFinder {

    /// The subject of a verb of showing at `v` whose head is a piece of evidence, with what qualifies
    /// it ("The latest poll of likely voters released Friday shows"): from the start of its clause
    /// to the word before the verb, without auxiliaries or adverbs; nil when no head of
    /// ``evidenceHeads`` stands within fourteen words before the verb or a verb stands before that head.
    func evidenceSubject(before v: Int, sentenceStart: Int, _ p: ParagraphText) -> SpeakerPhrase? {
        // "The emails were found in a safe": a passive reports nothing.
        if !p.lower(v).hasSuffix("ing"), Self.passiveAuxiliaries.contains(p.lower(v - 1)) { return nil }
        var end = v - 1
        while end > sentenceStart, Self.evidenceVerbGap.contains(p.lower(end)) || p.tokens[end].is(",") { end -= 1 }
        guard let head = evidenceHead(from: end, sentenceStart: sentenceStart, limit: v - 14, p),
              !((head + 1)..<(end + 1)).contains(where: { Self.evidenceBlockers.contains(p.lower($0)) }) else { return nil }
        var start = head
        while start > sentenceStart, !Self.evidenceSubjectBreaks.contains(p.lower(start - 1)), p.tokens[start - 1].kind != .quoteMark {
            start -= 1
        }
        if start < head, Self.evidenceLeadIns.contains(p.lower(start)) { start += 1 }
        // "House Republicans issued a report that shows": a verb before the head makes it an object.
        guard !(start..<head).contains(where: { k in
            let t = p.tokens[k]
            return t.kind == .word && !t.isCapitalized && (t.lower.hasSuffix("ed") || Self.reporting.contains(t.lower))
        }) else { return nil }
        return .unknown(p.text(of: start..<(end + 1)))
    }

    /// The nearest head of ``evidenceHeads`` at or before `from`, not before `limit` nor past a
    /// semicolon, a colon or a quotation.
    func evidenceHead(from: Int, sentenceStart: Int, limit: Int, _ p: ParagraphText) -> Int? {
        var k = from
        while k >= max(sentenceStart, limit) {
            let t = p.tokens[k]
            if t.kind == .quoteMark || p.insideQuote[k] || t.is(";") || t.is(":") { return nil }
            if t.kind == .word, Self.evidenceHeads.contains(t.lower) { return k }
            k -= 1
        }
        return nil
    }
}
