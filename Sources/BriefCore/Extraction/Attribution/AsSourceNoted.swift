extension ReportedSpeechFinder {
    /// `As SOURCE noted, CLAUSE.` ("As the paper reported, the vote was close"): a verb of saying
    /// (or "pointed out", "put it") right before the first comma of a sentence that opens with "As".
    func asSourceNoted(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        let start = sentence.lowerBound
        guard p.lower(start) == "as", let comma = ((start + 2)..<min(end, start + 15)).first(where: { p.tokens[$0].is(",") }),
              end - comma > 3, !p.insideQuote[comma + 1] else { return nil }
        var v = comma - 1
        if Self.notingParticles.contains(p.lower(v)) { v -= 1 }
        guard v > start + 1, p.tokens[v].kind == .word, !p.tokens[v].isCapitalized,
              p.flags(v).contains(.reportingVerb) || Self.notingVerbs.contains(p.lower(v)),
              let phrase = a.subject(before: v, sentenceStart: start + 1) ?? plainPhrase((start + 1)..<v, limit: 10, p, a) else { return nil }
        return (phrase, start + 1, (comma + 1)..<end)
    }
}
