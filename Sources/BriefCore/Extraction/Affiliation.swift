/// The affiliation written right after a person's name and before what the person does: "of IG",
/// "at the University of Toronto", "with the Nova Scotia Health Authority", "from Ames".
enum Affiliation {
    /// The most tokens an affiliation runs over.
    static let limit = 8

    /// The index after the affiliation that starts at `index` (its preposition), or nil when none does:
    /// a preposition, an optional "the", then capitalised words, which "of", "for" or "&" may join.
    static func end(after index: Int, in p: ParagraphText) -> Int? {
        guard let preposition = p.token(index), preposition.kind == .word, CommonWords.affiliationPrepositions.contains(preposition.lower) else { return nil }
        var j = index + 1
        if p.token(j)?.lower == "the" { j += 1 }
        let first = j
        while j < index + limit, let t = p.token(j), !p.insideQuote[j] {
            if t.kind == .word, t.isCapitalized {
                j += 1
            } else if j > first, CommonWords.nameConnectors.contains(t.lower), let next = p.token(j + 1), next.kind == .word, next.isCapitalized {
                j += 2
            } else {
                break
            }
        }
        return j > first ? j : nil
    }
}
