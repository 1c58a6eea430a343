extension ReportedSpeechFinder {

    /// `SUBJECT is saying CLAUSE` ("the mayor is now saying the ferry will run"): when the word at
    /// `v` is a participle of saying after a form of "be", the index of the first auxiliary, before
    /// which the subject stands; nil otherwise.
    func progressiveAuxiliary(_ v: Int, _ p: ParagraphText) -> Int? {
        guard let t = p.token(v), t.kind == .word, !t.isCapitalized, Self.participles.contains(t.lower) else { return nil }
        var k = v - 1
        while k >= 0, Self.progressiveAdverbs.contains(p.lower(k)) { k -= 1 }
        guard k >= 0, Self.progressiveAuxiliaries.contains(p.lower(k)) else { return nil }
        if p.lower(k) == "been", Attributor.perfectAuxiliaries.contains(p.lower(k - 1)) { k -= 1 }
        return k
    }
}
