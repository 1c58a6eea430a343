/// The characters of the index that fold other than by the rule `assets/search.js` applies to any
/// script (``SearchTerms/generic(_:)``) — Latin letters with diacritics, Cyrillic, typographic
/// apostrophes — each with what it folds to: the manifest carries this table, so what a reader types
/// folds exactly as the indexed text did. Only characters the entries hold are listed, with their
/// other case, so "Ж" typed finds "ж".
enum SearchFoldTable {
    /// `{"é": "e", "ж": "zh", "’": "", "—": " ", …}` for the characters of `entries`, in code point
    /// order: letters, nothing (a character dropped inside a word) or a space (a break between words).
    static func json(_ entries: some Collection<SearchEntry>) -> JSONValue {
        var seen = Set<Unicode.Scalar>()
        for entry in entries {
            for text in entry.heading + entry.body {
                for scalar in text.unicodeScalars where !scalar.isASCII { seen.formUnion(withCases(scalar)) }
            }
        }
        let listed = seen.sorted { $0.value < $1.value }.compactMap { scalar -> (String, JSONValue)? in
            let folded = SearchTerms.fold(scalar)
            guard folded != SearchTerms.generic(scalar) else { return nil }
            return (String(scalar), .string(text(folded)))
        }
        return .object(listed)
    }

    /// `scalar` and its lower and upper case, where each is one character.
    static func withCases(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let cases = [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping].compactMap { mapping -> Unicode.Scalar? in
            let scalars = mapping.unicodeScalars
            return scalars.count == 1 ? scalars.first : nil
        }
        return [scalar] + cases
    }

    private static func text(_ folded: SearchTerms.Folded) -> String {
        switch folded {
        case .text(let letters): return letters
        case .nothing: return ""
        case .wordBreak: return " "
        }
    }
}
