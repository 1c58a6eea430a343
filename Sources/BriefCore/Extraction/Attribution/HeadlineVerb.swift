extension ReportedSpeechFinder {

    /// Whether the capitalised word at `v` is a verb of saying in a headline: a sentence whose words
    /// of four letters or more all open with a capital, with a capitalised word on either side.
    func isHeadlineVerb(_ v: Int, _ sentence: Range<Int>, _ p: ParagraphText) -> Bool {
        guard let t = p.token(v), t.isCapitalized, Self.headlineVerbs.contains(t.lower), v > sentence.lowerBound,
              p.token(v - 1)?.isCapitalized == true, p.token(v + 1)?.isCapitalized == true else { return false }
        return sentence.allSatisfy { k in
            let w = p.tokens[k]
            return w.kind != .word || w.text.count < 4 || w.isCapitalized || p.insideQuote[k]
        }
    }
}
