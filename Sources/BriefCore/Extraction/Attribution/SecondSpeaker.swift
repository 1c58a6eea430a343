extension ReportedSpeechFinder {

    /// Whether a second `SPEAKER VERB` starts right after token `k` of a reported clause: a verb of
    /// saying within a few words, with a subject of its own before it and no other verb between.
    func opensSecondSpeaker(after k: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> Bool {
        var from = k + 1
        // A verb of stance opens a statement only after ";", a comma and "and", or "but", "while", "whereas":
        // "his focus groups and other research show …" joins two subjects of one clause.
        let stance = p.tokens[k].is(";") || (Self.secondSpeakerLinks.contains(p.lower(from)) && (p.lower(from) != "and" || p.tokens[k].is(",")))
        if Self.secondSpeakerLinks.contains(p.lower(from)) { from += 1 }
        guard from < end - 2, !Self.relativeOpeners.contains(p.lower(from)) else { return false }
        for v in (from + 1)..<min(end - 2, from + 7) {
            let t = p.tokens[v]
            guard t.kind == .word || t.kind == .number, !p.insideQuote[v] else { return false }
            if Self.reporting.contains(t.lower) || (stance && isSecondSpeakerStance(v, p, a)) {
                guard a.isVerb(v) || !Self.reporting.contains(t.lower), !Self.nounLike.contains(t.lower) else { return false }
                let clause = from..<end
                return a.subject(before: v, sentenceStart: from) != nil || group(before: v, clause, p) != nil
                    || nounPhrase(before: v, clause, p, a) != nil
            }
            // "… and others have said", "… while Ames is promising": an auxiliary between the subject and its verb.
            if Self.subjectVerbGap.contains(t.lower) || Self.beForms.contains(t.lower) { continue }
            if Self.verbWords.contains(t.lower) || Self.finiteVerbs.contains(t.lower) { return false }
        }
        return false
    }

    /// Whether the word at `v` is a verb of stance with its object ("… while Ames backed the plan",
    /// "… and critics accused him of …") or a verb of knowing before "that" ("… but analysts agree that …").
    /// A participle only after a form of "be" ("while Ames is promising to …"; not "and polls showing …").
    func isSecondSpeakerStance(_ v: Int, _ p: ParagraphText, _ a: Attributor) -> Bool {
        guard !p.lower(v).hasSuffix("ing") || Self.beForms.contains(p.lower(v - 1)) else { return false }
        return (Self.stanceVerbs[p.lower(v)] != nil && stanceStart(v, p) != nil) || isThatVerb(v, p, a)
    }
}
