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
}
