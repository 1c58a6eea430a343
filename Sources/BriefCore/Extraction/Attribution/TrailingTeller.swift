extension ReportedSpeechFinder {

    /// `CLAUSE, SPEAKER told ADDRESSEE.` and `CLAUSE, the poll found.`: the last comma of the sentence
    /// sets off a speaker, one of ``trailingVerbs`` and at most six more words, with no "that", verb
    /// or quotation after it.
    func trailingTeller(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        guard let comma = (max(sentence.lowerBound + 3, end - 14)..<end).last(where: { p.tokens[$0].is(",") }), !p.insideQuote[comma],
              let v = ((comma + 2)..<max(comma + 2, min(end, comma + 10))).first(where: { Self.trailingVerbs.contains(p.lower($0)) }),
              !p.tokens[v].isCapitalized, end - v <= 7 else { return nil }
        guard !((v + 1)..<end).contains(where: { p.lower($0) == "that" || p.insideQuote[$0] || Self.verbWords.contains(p.lower($0)) }),
              let phrase = namedPhrase(from: comma + 1, before: v, a) ?? plainPhrase((comma + 1)..<v, limit: 8, p, a) else { return nil }
        return (phrase, comma + 1, sentence.lowerBound..<comma)
    }

    /// The name, title or pronoun at `start` when it ends before the verb at `v` (a phrase of
    /// plain words could run on over "found").
    func namedPhrase(from start: Int, before v: Int, _ a: Attributor) -> SpeakerPhrase? {
        guard let (phrase, after) = a.phrase(at: start), after <= v else { return nil }
        return phrase
    }
}
