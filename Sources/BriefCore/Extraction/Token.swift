/// One token of a paragraph: a word, a number, a punctuation mark or a quotation mark, with its
/// UTF-8 byte span in the paragraph's text.
public struct Token: Sendable, Hashable {
    /// What a token is.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters (with inner apostrophes, hyphens and periods: "don’t", "Jean-Claude", "U.S.").
        case word
        /// Digits, possibly with inner periods or commas ("3.5", "1,000").
        case number
        /// Any other mark: `. , ; : ! ? ( ) — …`.
        case punctuation
        /// A quotation mark; ``Token/quoteMark`` says which.
        case quoteMark
    }

    /// The glyph of a quotation mark, as written (context decides what a straight one does).
    public enum QuoteMark: UInt8, Sendable, Hashable {
        case openDouble, closeDouble, straightDouble, openSingle, closeSingle, straightSingle
    }

    /// What the token is.
    public let kind: Kind
    /// Where the token is, in UTF-8 bytes of the paragraph text.
    public let span: ByteSpan
    /// The token as written.
    public let text: String
    /// The token with ASCII letters lowered: the key for lexicon look-ups.
    public let lower: String
    /// Whether the first letter is upper case ("Macron", "U.S.", "É").
    public let isCapitalized: Bool
    /// Whether white space (or the start of the paragraph) comes right before the token.
    public let spaceBefore: Bool
    /// The glyph, for quotation marks only.
    public let quoteMark: QuoteMark?

    /// A token; `lower` is derived from `text`.
    public init(kind: Kind, span: ByteSpan, text: String, isCapitalized: Bool, spaceBefore: Bool,
                quoteMark: QuoteMark? = nil) {
        self.kind = kind
        self.span = span
        self.text = text
        self.lower = kind == .word ? Token.lowered(text) : text
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.quoteMark = quoteMark
    }

    /// Whether this is a double quotation mark of any glyph.
    public var isDoubleQuote: Bool {
        switch quoteMark {
        case .openDouble?, .closeDouble?, .straightDouble?: true
        default: false
        }
    }

    /// Whether this punctuation token is `mark` (one ASCII character).
    public func `is`(_ mark: Character) -> Bool { kind == .punctuation && text.utf8.count == 1 && text.first == mark }

    /// Whether the token ends a sentence by itself (`.`, `!`, `?`, `…`).
    public var isTerminal: Bool { kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "…") }

    /// The word without a possessive ending ("Putin’s" → "Putin").
    public var withoutPossessive: String {
        let length = possessiveLength
        return length == 0 ? text : String(decoding: text.utf8.dropLast(length), as: UTF8.self)
    }

    /// The byte length of a possessive ending ("’s" is 4 bytes, "'s" 2), or 0.
    public var possessiveLength: Int {
        if lower.hasSuffix("’s") { return 4 }
        if lower.hasSuffix("'s") { return 2 }
        return 0
    }

    static func lowered(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte >= 0x41 && byte <= 0x5A { needs = true; break }
        guard needs else { return text }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
    }
}
