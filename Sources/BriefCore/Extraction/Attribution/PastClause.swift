extension ParagraphText {
    /// Whether `range` holds a clause with a past-tense verb and its object ("the program changed his
    /// life"): after an inverted "…, says" such words are what is said, not who says it. A participle
    /// after a determiner ("the retired officer") or a relative word ("the woman who called the
    /// police") stays part of a description.
    func holdsPastClause(_ range: Range<Int>) -> Bool {
        range.dropLast().contains { k in
            let word = tokens[k]
            return k > range.lowerBound && word.kind == .word && !word.isCapitalized && word.lower.hasSuffix("ed")
                && Attributor.nounDeterminers.contains(lower(k + 1))
                && !Attributor.nounDeterminers.contains(lower(k - 1))
                && !CommonWords.relativePronouns.contains(lower(k - 1))
        }
    }
}
