extension ReportedSpeechFinder {

    /// `SUBJECT sees OBJECT as JUDGEMENT` ("Voters see the race as close"): where the object starts,
    /// when "as" follows it within seven words with no punctuation in between; nil otherwise.
    /// The statement, object and judgement, is one of stance.
    func regardedAsStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.regardingVerbs.contains(t.lower),
              let before = p.token(v - 1), !Self.regardingBlockers.contains(before.lower), before.possessiveLength == 0,
              let next = p.token(v + 1), next.kind == .word || next.kind == .number, !Self.regardingObjectStops.contains(next.lower),
              !p.insideQuote[v] else { return nil }
        var k = v + 2
        while k < min(p.tokens.count, v + 9) {
            let w = p.tokens[k]
            if w.kind == .punctuation || w.kind == .quoteMark { return nil }
            if w.lower == "as" {
                guard let after = p.token(k + 1), after.kind == .word || after.kind == .number,
                      !Self.asPhraseWords.contains(after.lower) else { return nil }
                return v + 1
            }
            k += 1
        }
        return nil
    }
}
