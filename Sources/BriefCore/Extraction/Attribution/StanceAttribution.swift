extension Attributor {
    /// `Clinton supports “appropriate pay raises”`, `Cruz blamed “the Washington cartel”`: a verb of
    /// stance (``ReportedSpeechFinder/stanceVerbs``) before a quotation in its sentence, with its
    /// particle when it needs one ("referred to", "called for") and not a noun after a determiner or
    /// a possessive ("his support"). The speaker is the verb's subject, found as for a speech verb.
    func stanceFinding(verb v: Int, sentenceStart: Int) -> Finding? {
        guard v > sentenceStart, let t = p.token(v), t.kind == .word, !t.isCapitalized, !p.insideQuote[v],
              let required = ReportedSpeechFinder.stanceVerbs[t.lower], !t.lower.hasSuffix("ing"),
              let before = p.token(v - 1), before.possessiveLength == 0, !p.flags(v - 1).contains(.nounDeterminer) else { return nil }
        if !required.isEmpty, p.lower(v + 1) != required { return nil }
        guard let speaker = subject(before: v, sentenceStart: sentenceStart) else { return nil }
        return Finding(speaker: speaker, pattern: .reported, verb: v)
    }
}
