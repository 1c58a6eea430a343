extension ReportedSpeechFinder {

    /// `SUBJECT made (it) clear (that) CLAUSE` ("The mayor made it clear she would not run"): where
    /// the clause starts, or nil when `v` opens no such phrase.
    func madeClearStart(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.makingVerbs.contains(t.lower), !p.insideQuote[v] else { return nil }
        var k = v + 1
        if p.lower(k) == "it" { k += 1 }
        guard Self.clearWords.contains(p.lower(k)) else { return nil }
        k += 1
        if p.lower(k) == "that" { k += 1 }
        guard let first = p.token(k), first.kind == .word || first.kind == .number, !Self.madeClearStops.contains(first.lower) else { return nil }
        return k
    }
}
