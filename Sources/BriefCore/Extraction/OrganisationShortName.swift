/// A company's or institution's one-word short name ("Samsung", "Harvard") is the article's longer name
/// that is that word and organisation head words only ("Samsung Electronics Co.", "Harvard
/// University"), when the article has exactly one such name: both are one actor. A longer name with
/// other words ("Facebook Live", "Google Maps") is a product or a part, and stays apart.
enum OrganisationShortName {
    /// The article's longer organisation names by their first word (lower case), each the first word
    /// followed by head words only.
    static func longNames(_ candidates: [NameCandidate], paragraphs: [ParagraphText]) -> [String: Set<String>] {
        guard let base = paragraphs.first?.number else { return [:] }
        var out: [String: Set<String>] = [:]
        for c in candidates where c.kind == .organization && c.words.count >= 2 {
            let index = c.paragraph - base
            guard index >= 0, index < paragraphs.count else { continue }
            let flags = paragraphs[index].flags
            let tail = (c.tokens.lowerBound + 1)..<c.tokens.upperBound
            guard !flags[c.tokens.lowerBound].contains(.organizationHead),
                  tail.allSatisfy({ flags[$0].contains(.organizationHead) }) else { continue }
            out[c.words[0], default: []].insert(key(c.canonical ?? c.surface))
        }
        return out
    }

    /// The organisation's name in lower case without a final corporate suffix: the key of its actor.
    static func key(_ name: String) -> String {
        let lower = Token.lowered(name)
        guard let space = lower.lastIndex(of: " "), corporateSuffixes.contains(String(lower[lower.index(after: space)...])) else { return lower }
        var stem = lower[..<space]
        if stem.hasSuffix(",") { stem = stem.dropLast() }
        return String(stem)
    }

    /// The key of the one longer name a one-word organisation `c` is short for, or nil.
    static func longName(of c: NameCandidate, in longNames: [String: Set<String>]) -> String? {
        guard c.words.count == 1, let names = longNames[c.words[0]], names.count == 1 else { return nil }
        return names.first
    }
}
