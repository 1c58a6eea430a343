/// Recognises a one-word name shaped as brands and companies write theirs, and people do not: a
/// capital inside the word after lower-case letters ("TechCrunch", "GroupM", "PayPal"), other than a
/// surname's prefix ("McCain", "LeBlanc", "DeSantis"), or an acronym joined by a hyphen to a word
/// ("SNC-Lavalin"). Such a word is an organisation wherever it stands, with no lexicon entry.
enum CompanyShape {
    /// Whether `word` (as written) has the shape of a company's name.
    static func isCompanyName(_ word: String) -> Bool {
        hasInnerCapital(word) || hasAcronymPart(word)
    }

    /// "TechCrunch", "GroupM": a capital after a lower-case letter, the part before it no surname prefix.
    static func hasInnerCapital(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, isUpper(first), scalars.count >= 4 else { return false }
        for i in 1..<scalars.count where isUpper(scalars[i]) && isLower(scalars[i - 1]) {
            let before = String(String.UnicodeScalarView(scalars[0..<i]))
            return !CommonWords.surnamePrefixes.contains(before)
        }
        return false
    }

    /// "SNC-Lavalin": a part of two or more capitals and a capitalised word, joined by a hyphen.
    static func hasAcronymPart(_ word: String) -> Bool {
        let parts = word.split(separator: "-")
        guard parts.count == 2, parts.allSatisfy({ $0.unicodeScalars.first.map(isUpper) ?? false }) else { return false }
        let acronym = { (part: Substring) in part.unicodeScalars.count >= 2 && part.unicodeScalars.allSatisfy(isUpper) }
        let word = { (part: Substring) in part.unicodeScalars.dropFirst().contains(where: isLower) }
        return acronym(parts[0]) && word(parts[1]) || word(parts[0]) && acronym(parts[1])
    }

    private static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
    private static func isLower(_ s: Unicode.Scalar) -> Bool { s.value >= 0x61 && s.value <= 0x7A }
}
