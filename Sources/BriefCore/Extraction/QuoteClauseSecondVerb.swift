extension QuoteAssembler {
    /// Where the reported clause of a partial quotation ends before a second verb of its speaker
    /// after the quotation ("praised the “honest” mayor and said the budget failed" ends before
    /// "and said"): the token to end before, or nil when no such verb follows between `from` and `last`.
    static func secondVerbCut(from: Int, through last: Int, in p: ParagraphText) -> Int? {
        guard from <= last else { return nil }
        for k in from...last where !p.insideQuote[k] && ReportedSpeechFinder.sharedSubjectLinks.contains(p.lower(k)) {
            var v = k + 1
            while v <= last, v - k <= 3, ReportedSpeechFinder.secondVerbAdverbs.contains(p.lower(v)) { v += 1 }
            guard v < last, let t = p.token(v), t.kind == .word, !t.isCapitalized, !p.insideQuote[v],
                  ReportedSpeechFinder.verbWords.contains(t.lower),
                  ReportedSpeechFinder.reporting.contains(t.lower) || t.lower.hasSuffix("ed") else { continue }
            return k > from && p.tokens[k - 1].is(",") ? k - 1 : k
        }
        return nil
    }

    /// Where the reported clause of a partial quotation ends after the quotation closing at `close`, by
    /// the reported-speech finder's rules for the end of a clause (``ReportedSpeechFinder/clauseEnd(from:end:_:_:)``:
    /// before ", but he warned …", ", while others said …", ", citing …"): the token to end before, or nil
    /// when the clause runs on to `last`.
    func clauseCut(after close: Int, through last: Int, in p: ParagraphText) -> Int? {
        guard close + 1 < last else { return nil }
        let finder = ReportedSpeechFinder(paragraphs: paragraphs, linked: linked, quotes: [])
        let a = makeAttributor(p.number - paragraphs[0].number)
        let end = finder.clauseEnd(from: close - 1, end: last + 1, p, a)
        return end <= last ? end : nil
    }
}
