/// Binds an acronym to the organisation the article names in full: "IRCC" is "Immigration, Refugees
/// and Citizenship Canada" and "PBO" the "Parliamentary Budget Officer" when the acronym's letters are
/// the initials of the capitalised words of exactly one longer name of the article. The acronym then
/// takes the full name as its canonical name, so that both are one actor, shown by its full name.
enum AcronymExpansion {
    /// The fewest letters an acronym needs to be read this way (two letters match by chance).
    static let minimumLetters = 3
    /// The most letters an acronym has.
    static let maximumLetters = 6

    /// Gives each acronym among `candidates` the full name it abbreviates, where the article has one:
    /// a longer name among the candidates, or else a list-like name the recogniser reads in parts
    /// ("Immigration, Refugees and Citizenship Canada") spelt out in `paragraphs`.
    static func expand(_ candidates: inout [NameCandidate], paragraphs: [ParagraphText] = []) {
        var fullNames: [String: Set<String>] = [:]
        for c in candidates where c.kind != .person && c.words.count >= minimumLetters {
            let name = c.canonical ?? c.surface
            if let initials = initials(of: name) { fullNames[initials, default: []].insert(name) }
        }
        let open = candidates.indices.filter { candidates[$0].kind == .organization && candidates[$0].canonical == nil }
        guard !open.isEmpty else { return }
        var spelled: [String: Set<String>]?
        for i in open {
            guard let letters = acronym(candidates[i].surface) else { continue }
            if let names = fullNames[letters] {
                if names.count == 1 { candidates[i].canonical = names.first! }
                continue
            }
            if spelled == nil { spelled = listedNames(in: paragraphs) }
            if let names = spelled?[letters], names.count == 1 { candidates[i].canonical = names.first! }
        }
    }

    /// Names written as a list of capitalised words joined by commas, "and" or "of", by their initials:
    /// every run of three to six capitalised words with a comma or "and" among its joiners (at most two
    /// in a row), read in one pass over each paragraph: a token is read by at most six runs.
    static func listedNames(in paragraphs: [ParagraphText]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for p in paragraphs {
            let tokens = p.tokens
            for start in tokens.indices where tokens[start].kind == .word && tokens[start].isCapitalized {
                var initials = "", listed = false, k = start, joiners = 0
                while k < tokens.count, initials.count < maximumLetters, joiners <= 2 {
                    let t = tokens[k]
                    if t.kind == .word && t.isCapitalized {
                        joiners = 0
                        guard let first = t.text.unicodeScalars.first, first.isASCII else { break }
                        initials.unicodeScalars.append(first)
                        if listed, initials.count >= minimumLetters {
                            out[initials.uppercased(), default: []].insert(p.text(of: start..<(k + 1)).singleSpaced())
                        }
                        k += 1
                    } else if t.is(",") || (t.kind == .word && listJoiners.contains(t.lower)) {
                        listed = listed || t.is(",") || t.lower == "and" || t.lower == "&"
                        joiners += 1
                        k += 1
                    } else {
                        break
                    }
                }
            }
        }
        return out
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
