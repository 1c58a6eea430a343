extension ReportedSpeechFinder {
    /// Whether `range`, the words before the comma of an inverted "…, said X", is a subject with its
    /// description rather than a statement: a short noun phrase, one comma, then a phrase opened by an
    /// article or a participle with no verb of its own — "The firm, based in Ohio, said sales fell",
    /// "Priorities USA Action, a super PAC, said the ads worked". What follows the verb is then the
    /// statement, not its speaker.
    func isDescribedSubject(_ range: Range<Int>, _ p: ParagraphText) -> Bool {
        let commas = range.filter { p.tokens[$0].is(",") }
        guard commas.count == 1, let comma = commas.first, comma > range.lowerBound, comma - range.lowerBound <= 6 else { return false }
        let first = p.lower(range.lowerBound)
        guard !Attributor.prepositions.contains(first), !Attributor.clauseOpeners.contains(first),
              !Self.sentenceAdverbs.contains(first),
              (range.lowerBound..<comma).allSatisfy({ p.tokens[$0].kind == .word && !Self.finiteVerbs.contains(p.lower($0)) })
        else { return false }
        let description = (comma + 1)..<range.upperBound
        guard description.count >= 2, let opener = p.token(comma + 1), opener.kind == .word, !opener.isCapitalized,
              opener.lower.hasSuffix("ing") || opener.lower.hasSuffix("ed") || CommonWords.articles.contains(opener.lower)
        else { return false }
        return !description.dropFirst().contains { k in
            let word = p.tokens[k]
            return Self.finiteVerbs.contains(word.lower) || (word.kind == .word && !word.isCapitalized && word.lower.hasSuffix("ed"))
        }
    }
}
