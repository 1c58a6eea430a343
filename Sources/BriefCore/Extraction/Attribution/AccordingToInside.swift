extension ReportedSpeechFinder {

    /// `…, according to SOURCE, …` set inside the sentence, with a clause after the source
    /// ("Over the long term, according to the budget office, the deficit will rise"; "But according
    /// to the poll, most voters remain undecided"): the whole sentence is the source's, except an
    /// opening conjunction; when only a conjunction stands before the source, the clause after it.
    func accordingToInside(_ sentence: Range<Int>, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int, Range<Int>)? {
        var start = sentence.lowerBound
        while start < end, Self.accordingOpeners.contains(p.lower(start)) || p.tokens[start].is(",") { start += 1 }
        guard let at = (start..<max(start, end - 5)).first(where: { p.isWord($0, "according") && p.isWord($0 + 1, "to") }),
              at == start || p.tokens[at - 1].is(","), !p.insideQuote[at],
              let (phrase, comma) = innerSource(from: at + 2, end: end, p, a), end - comma > 3,
              ((comma + 1)..<end).contains(where: { k in
                  !p.insideQuote[k] && p.tokens[k].kind == .word && !p.tokens[k].isCapitalized
                      && (Self.finiteVerbs.contains(p.lower(k)) || Self.clauseVerbs.contains(p.lower(k)) || p.lower(k).hasSuffix("ed"))
              }) else { return nil }
        // A sentence opening with the source is ``find(in:_:_:)``'s own pattern; a quotation or a verb of
        // saying before the source ("“…,” the mayor told reporters, according to …") has a speaker of its own;
        // a relative or adverbial clause after it ("according to Ames, who …") is no part of the statement.
        guard at > sentence.lowerBound, !Self.afterInnerSource.contains(p.lower(comma + 1)),
              !(sentence.lowerBound..<at).contains(where: { p.insideQuote[$0] || p.tokens[$0].kind == .quoteMark
                  || (a.isVerb($0) && p.flags($0).contains(.reportingVerb)) }) else { return nil }
        return (phrase, at + 2, (at == start ? comma + 1 : start)..<end)
    }

    /// The source after an inner "according to" at `k` and the comma that ends it: a name or a
    /// title, or a plain phrase of at most 22 words.
    func innerSource(from k: Int, end: Int, _ p: ParagraphText, _ a: Attributor) -> (SpeakerPhrase, Int)? {
        if let (phrase, after) = a.phrase(at: k), p.token(after)?.is(",") == true { return (phrase, after) }
        guard let comma = (k..<min(end, k + 23)).first(where: { p.tokens[$0].is(",") }), comma > k,
              let phrase = plainPhrase(k..<comma, limit: 22, p, a) else { return nil }
        return (phrase, comma)
    }
}
