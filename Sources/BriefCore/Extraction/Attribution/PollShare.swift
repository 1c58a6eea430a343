extension ReportedSpeechFinder {

    /// `SHARE (of GROUP) VERB CONTENT` in a poll report: "Forty-one percent would choose Sanders",
    /// "Fewer than 15 percent of Republicans approve of his job performance". The share is the
    /// speaker; the content runs from after the verb (and its "for"/"of") to the clause end.
    func pollShare(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        for k in sentence where k < end && isPercent(k, p) {
            guard k > sentence.lowerBound, isCardinal(k - 1, p), opensClause(at: shareStart(k - 1, sentence, p), sentence, p),
                  let v = shareVerb(after: k, end: end, p),
                  let start = shareContentStart(v, end: end, p) else { continue }
            let stop = clauseEnd(from: start, end: end, p, a)
            guard stop - start >= 1, !(start..<stop).contains(where: { p.insideQuote[$0] }) else { continue }
            let first = shareStart(k - 1, sentence, p)
            var head = v
            while head > k + 1, Self.shareAuxiliaries.contains(p.lower(head - 1)) { head -= 1 }
            return (.unknown(p.text(of: first..<head)), first, start..<stop)
        }
        return nil
    }

    /// Whether the share starting at `s` is a clause's subject: it opens the sentence or follows a
    /// comma or a conjunction (not "enjoys 48 percent support", an object).
    func opensClause(at s: Int, _ sentence: Range<Int>, _ p: ParagraphText) -> Bool {
        s == sentence.lowerBound || p.tokens[s - 1].is(",") || Self.shareOpeners.contains(p.lower(s - 1))
    }

    /// Whether token `k` is "percent" or a percent sign (read on every token of a sentence without a
    /// statement).
    func isPercent(_ k: Int, _ p: ParagraphText) -> Bool {
        p.tokens[k].is("%") || p.isWord(k, "percent")
    }

    /// Whether token `k` is a number ("56", "Forty-one").
    func isCardinal(_ k: Int, _ p: ParagraphText) -> Bool {
        let t = p.tokens[k]
        if t.kind == .number { return true }
        guard t.kind == .word, let last = t.lower.split(separator: "-").last else { return false }
        return Self.numberWords.contains(String(last))
    }

    /// The first token of the share: its number and the qualifiers before it ("fewer than", "nearly").
    func shareStart(_ number: Int, _ sentence: Range<Int>, _ p: ParagraphText) -> Int {
        var s = number
        while s > sentence.lowerBound, Self.shareQualifiers.contains(p.lower(s - 1)) { s -= 1 }
        return s
    }

    /// The share's verb after the percent at `k`: after an optional "of GROUP" of at most six words
    /// and the auxiliaries "would", "still", …; nil when another word comes first.
    func shareVerb(after k: Int, end: Int, _ p: ParagraphText) -> Int? {
        var j = k + 1
        if p.lower(j) == "of" {
            j += 1
            while j < min(end, k + 8), p.tokens[j].kind == .word, !Self.shareVerbs.contains(p.lower(j)), !Self.shareAuxiliaries.contains(p.lower(j)),
                  !Self.groupStops.contains(p.lower(j)) { j += 1 }
        }
        while j < end, Self.shareAuxiliaries.contains(p.lower(j)) { j += 1 }
        guard j < end else { return nil }
        let w = p.lower(j)
        if Self.shareVerbs.contains(w) { return j }
        if Self.voteForms.contains(w), p.lower(j + 1) == "for" { return j }
        if Self.approvalForms.contains(w), p.lower(j + 1) == "of" { return j }
        return nil
    }

    /// Where the content starts after the share verb at `v`: after "for" or "of", else right after it.
    func shareContentStart(_ v: Int, end: Int, _ p: ParagraphText) -> Int? {
        let start = Attributor.ofOrFor.contains(p.lower(v + 1)) && !Self.shareVerbs.contains(p.lower(v)) ? v + 2 : v + 1
        return start < end ? start : nil
    }

    /// Whether the clause at `start` is a poll share's content (``pollShare(_:end:_:_:)``): a stance, kept
    /// apart from what someone said.
    func followsShareVerb(_ start: Int, _ p: ParagraphText) -> Bool {
        guard start >= 2 else { return false }
        let v = Attributor.ofOrFor.contains(p.lower(start - 1)) ? start - 2 : start - 1
        guard Self.shareVerbs.contains(p.lower(v)) || Self.voteForms.contains(p.lower(v)) || Self.approvalForms.contains(p.lower(v)) else { return false }
        return (max(0, v - 10)..<v).contains { isPercent($0, p) }
    }
}
