extension ReportedSpeechFinder {
    /// Words after which a new speaker may open a second statement inside a reported clause
    /// ("…, while other voters said …", "…; 46 percent said …", "… and three-quarters said …").
    static let secondSpeakerLinks = WordList.set("and but while whereas")

    /// Words that open a relative or comparative clause, not a statement of its own ("…, which critics said …").
    static let relativeOpeners = WordList.set("which who whom whose that what as than")

    /// Whether a second `SPEAKER VERB` starts right after token `k` of a reported clause: a verb of
    /// saying within a few words, with a subject of its own before it and no other verb between.
    func opensSecondSpeaker(after k: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> Bool {
        var from = k + 1
        if Self.secondSpeakerLinks.contains(p.lower(from)) { from += 1 }
        guard from < end - 2, !Self.relativeOpeners.contains(p.lower(from)) else { return false }
        for v in (from + 1)..<min(end - 2, from + 7) {
            let t = p.tokens[v]
            guard t.kind == .word || t.kind == .number, !p.insideQuote[v] else { return false }
            if Self.reporting.contains(t.lower) {
                guard a.isVerb(v), !Self.nounLike.contains(t.lower) else { return false }
                let clause = from..<end
                return a.subject(before: v, sentenceStart: from) != nil || group(before: v, clause, p) != nil
                    || nounPhrase(before: v, clause, p, a) != nil
            }
            if Self.verbWords.contains(t.lower) || Self.finiteVerbs.contains(t.lower) { return false }
        }
        return false
    }
}
