extension ReportedSpeechFinder {
    /// Verbs by which a subject judges something as something ("Democrats see the vote as a test").
    static let regardingVerbs = WordList.set("""
    see sees saw view views viewed regard regards regarded consider considers considered
    """)

    /// Words after "as" that make it no judgement ("as well as", "as soon as", "as long as").
    static let asPhraseWords = WordList.set("well soon long much many far if though of to")

    /// Words before a verb of regarding that make it no judgement of its subject: an infinitive, a
    /// passive, or a noun after a determiner ("to see", "was seen as", "the view").
    static let regardingBlockers = WordList.set("to is are was were be been being the a an his her their its our my this that")

    /// Words that cannot open the object of a verb of regarding ("see to it", "viewed by many as").
    static let regardingObjectStops = WordList.set("to in on at by for with from as of about through into up out")

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
