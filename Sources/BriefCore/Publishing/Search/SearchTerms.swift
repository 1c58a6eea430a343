/// The words search finds text by: lower case, Latin letters without diacritics and Cyrillic
/// transliterated (as ``ASCIIFolding`` does for slugs, so "Émile" is `emile`, "Захарова" `zakharova`),
/// apostrophes dropped ("O’Brien" is `obrien`), other letters and digits of any script kept in lower
/// case, everything else a break between words. `assets/search.js` folds what a reader types the
/// same way: by the same rules for letters and digits of any script, and by the manifest's table
/// (``SearchFoldTable``) for every character the index holds that folds otherwise.
public enum SearchTerms {
    /// The longest word, in Unicode scalars: a longer one is cut (search.js cuts what is typed alike).
    public static let maximumWordLength = 64

    /// The words of `text`, folded, in order (repeats kept). ASCII, most of any text, takes a fast path.
    public static func words(_ text: String) -> [String] {
        var words = WordBuffer()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                words.add(ascii: UInt8(scalar.value))
            } else {
                words.add(fold(scalar))
            }
        }
        return words.finish()
    }

    /// The words made so far and the one being spelled, as UTF-8, cut at ``maximumWordLength`` scalars.
    private struct WordBuffer {
        var words: [String] = []
        var word: [UInt8] = []
        var scalars = 0

        mutating func add(ascii byte: UInt8) {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: append(byte)
            case 0x41...0x5A: append(byte + 32)
            case UInt8(ascii: "'"): break
            default: endWord()
            }
        }

        mutating func add(_ folded: Folded) {
            switch folded {
            case .text(let letters): for scalar in letters.unicodeScalars { append(scalar) }
            case .nothing: break
            case .wordBreak: endWord()
            }
        }

        private mutating func append(_ byte: UInt8) {
            guard scalars < maximumWordLength else { return }
            word.append(byte)
            scalars += 1
        }

        private mutating func append(_ scalar: Unicode.Scalar) {
            guard scalars < maximumWordLength else { return }
            word.append(contentsOf: String(scalar).utf8)
            scalars += 1
        }

        mutating func endWord() {
            guard !word.isEmpty else { return }
            words.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
            scalars = 0
        }

        mutating func finish() -> [String] {
            endWord()
            return words
        }
    }

    /// What one character becomes in a word.
    enum Folded: Equatable {
        /// These letters or digits (lower case, never empty).
        case text(String)
        /// Nothing, without ending the word (an apostrophe, a combining mark).
        case nothing
        /// The end of a word.
        case wordBreak
    }

    /// `scalar` folded for search.
    static func fold(_ scalar: Unicode.Scalar) -> Folded {
        if scalar.isASCII { return foldASCII(scalar) }
        if apostrophes.contains(scalar) { return .nothing }
        let ascii = ASCIIFolding.fold(scalar).unicodeScalars.filter { isASCIIAlphanumeric($0) }
        if !ascii.isEmpty { return .text(String(String.UnicodeScalarView(ascii)).lowercased()) }
        return generic(scalar)
    }

    /// How any script's character folds without a table: marks vanish, letters and digits are kept in
    /// lower case, anything else breaks the word. `assets/search.js` applies the same rule.
    static func generic(_ scalar: Unicode.Scalar) -> Folded {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .nothing
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .text(scalar.properties.lowercaseMapping)
        default: return .wordBreak
        }
    }

    private static func foldASCII(_ scalar: Unicode.Scalar) -> Folded {
        if scalar == "'" { return .nothing }
        guard isASCIIAlphanumeric(scalar) else { return .wordBreak }
        let value = scalar.value
        return .text(String(Unicode.Scalar(UInt8(value >= 0x41 && value <= 0x5A ? value + 32 : value))))
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return false
        }
    }

    /// Typographic apostrophes and the acute accent typed for one: dropped inside a word.
    static let apostrophes: Set<Unicode.Scalar> = ["\u{2019}", "\u{2018}", "\u{00B4}", "\u{02BC}"]
}
