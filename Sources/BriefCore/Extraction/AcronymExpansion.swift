/// Binds an acronym to the organisation the article names in full: "IRCC" is "Immigration, Refugees
/// and Citizenship Canada" and "PBO" the "Parliamentary Budget Officer" when the acronym's letters are
/// the initials of the capitalised words of exactly one longer name of the article. The acronym then
/// takes the full name as its canonical name, so that both are one actor, shown by its full name.
enum AcronymExpansion {
    /// The fewest letters an acronym needs to be read this way (two letters match by chance).
    static let minimumLetters = 3
    /// The most letters an acronym has.
    static let maximumLetters = 6

    /// Gives each acronym among `candidates` the full name it abbreviates, where the article has one.
    static func expand(_ candidates: inout [NameCandidate]) {
        var fullNames: [String: Set<String>] = [:]
        for c in candidates where c.kind != .person && c.words.count >= minimumLetters {
            let name = c.canonical ?? c.surface
            if let initials = initials(of: name) { fullNames[initials, default: []].insert(name) }
        }
        guard !fullNames.isEmpty else { return }
        for i in candidates.indices where candidates[i].kind == .organization && candidates[i].canonical == nil {
            guard let letters = acronym(candidates[i].surface), let names = fullNames[letters], names.count == 1 else { continue }
            candidates[i].canonical = names.first!
        }
    }

    /// The upper-case initials of the capitalised words of `name` ("IRCC"), nil when they are too few
    /// or too many to be an acronym's.
    static func initials(of name: String) -> String? {
        var out = ""
        for word in Tokenizer.tokenize(name) where word.kind == .word && word.isCapitalized {
            guard let first = word.text.unicodeScalars.first, first.isASCII else { return nil }
            out.unicodeScalars.append(first)
        }
        return (minimumLetters...maximumLetters).contains(out.count) ? out.uppercased() : nil
    }

    /// The letters of a word written as an acronym ("IRCC", "F.B.I."), nil for any other word.
    static func acronym(_ word: String) -> String? {
        var letters = ""
        for scalar in word.unicodeScalars {
            if scalar == "." { continue }
            guard scalar.value >= 0x41 && scalar.value <= 0x5A else { return nil }
            letters.unicodeScalars.append(scalar)
        }
        return (minimumLetters...maximumLetters).contains(letters.count) ? letters : nil
    }
}
