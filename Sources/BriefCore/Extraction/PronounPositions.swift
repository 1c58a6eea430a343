/// Where a paragraph's speaker pronouns ("he", "she", "they", "i", "we") stand, in token order, so
/// the last one before a quotation is found by a binary search, not a scan back to the paragraph's
/// start for every quotation (which made a long paragraph cost the square of its length).
struct PronounPositions {
    private let indices: [Int]

    /// The pronouns of `p`.
    init(_ p: ParagraphText) {
        indices = p.tokens.indices.filter { Attributor.pronouns.contains(p.tokens[$0].lower) }
    }

    /// The index of the last pronoun before token `limit`, or nil when there is none.
    func last(before limit: Int) -> Int? {
        var low = 0, high = indices.count
        while low < high {
            let middle = (low + high) / 2
            if indices[middle] < limit { low = middle + 1 } else { high = middle }
        }
        return low > 0 ? indices[low - 1] : nil
    }
}
