extension ReportedSpeechFinder {

    /// `CLAUSE, said NAME, DESCRIPTION.`: an inverted attribution whose speaker is followed by an
    /// appositive running to the end of the sentence ("The plan will fail, said Jo Ames, a lobbyist
    /// who worked on it."). The description must open an appositive as ``SpeakerExtent`` reads one
    /// (not "and", "adding", a pronoun).
    func saidNameAppositive(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        guard end - sentence.lowerBound >= 8 else { return nil }
        for c in (sentence.lowerBound + 3)..<(end - 3) where p.tokens[c].is(",") && !p.insideQuote[c] {
            let v = c + 1
            guard Self.invertingVerbs.contains(p.lower(v)), a.isVerb(v), let (phrase, after) = a.phrase(at: v + 1),
                  after + 1 < end, SpeakerExtent(a: a).appositiveEnd(after: after, sentence: sentence) > after,
                  !((after + 1)..<end).contains(where: { p.insideQuote[$0] || Self.invertingVerbs.contains(p.lower($0)) }) else { continue }
            if case .pronoun = phrase { return nil }
            // "Jo Ames, who chairs the board, said the purchase, later rejected, was …": a verb after the
            // description makes the words after "said" its clause, not an inverted speaker.
            let description = SpeakerExtent(a: a).appositiveEnd(after: after, sentence: sentence)
            if description < end, Self.finiteVerbs.contains(p.lower(description + 1)) { return nil }
            return (phrase, v + 1, sentence.lowerBound..<c)
        }
        return nil
    }
}
