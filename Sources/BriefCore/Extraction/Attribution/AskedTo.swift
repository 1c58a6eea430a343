extension ReportedSpeechFinder {

    /// `SUBJECT asked PERSON to VERB …`: where the request starts (the person asked), when an
    /// infinitive follows within seven words with no punctuation in between; nil for a passive
    /// ("was asked to"), an aside ("when asked to") or a noun ("the request").
    func askedToStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.requestVerbs.contains(t.lower), !p.insideQuote[v],
              let before = p.token(v - 1), before.kind != .word || !(Self.passiveOrAside.contains(before.lower)
                || p.flags(v - 1).contains(.nounDeterminer) || before.lower == "to" || before.possessiveLength > 0),
              let next = p.token(v + 1), next.kind == .word || next.kind == .number, !Self.requestObjectStops.contains(next.lower)
        else { return nil }
        var k = v + 2
        while k < min(p.tokens.count - 1, v + 9) {
            let w = p.tokens[k]
            if w.kind == .punctuation || w.kind == .quoteMark { return nil }
            if w.lower == "to" {
                let verb = p.tokens[k + 1]
                return verb.kind == .word && !verb.isCapitalized && !p.insideQuote[k + 1] ? v + 1 : nil
            }
            k += 1
        }
        return nil
    }
}
