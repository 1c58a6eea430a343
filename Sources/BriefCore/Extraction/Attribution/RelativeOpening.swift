extension ReportedSpeechFinder {

    /// The relative word that opens the clause of the speaker and verb before `start` ("which Ames said
    /// [the city would drop]"): the reported statement starts there. Nil when none stands within a few
    /// words, without punctuation, or when a preposition precedes it.
    func relativeOpening(before start: Int, _ p: ParagraphText) -> Int? {
        let sentenceStart = p.sentences[p.sentenceOf[start]].lowerBound
        var k = start - 2
        while k >= sentenceStart, start - k <= 9 {
            let t = p.tokens[k]
            guard t.kind == .word, !p.insideQuote[k] else { return nil }
            if Self.relativeWords.contains(t.lower) {
                return Self.relativePrepositions.contains(p.lower(k - 1)) ? nil : k
            }
            k -= 1
        }
        return nil
    }
}
