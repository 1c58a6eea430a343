extension ReportedSpeechFinder {
    /// `According to SOURCE, CLAUSE.` where the source is a longer phrase than a name or a title
    /// ("According to early results of a survey conducted for the county, most voters …"): the
    /// source runs to the first comma, with no pronoun, auxiliary or verb of saying in it.
    func accordingToLongSource(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        let from = sentence.lowerBound + 2
        guard p.lower(sentence.lowerBound) == "according", p.lower(sentence.lowerBound + 1) == "to",
              let comma = (from..<min(end, from + 24)).first(where: { p.tokens[$0].is(",") }), comma > from, end - comma > 3,
              !p.insideQuote[comma + 1], let phrase = plainPhrase(from..<comma, limit: 22, p, a) else { return nil }
        return (phrase, from, (comma + 1)..<end)
    }
}
