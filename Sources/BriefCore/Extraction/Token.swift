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
    /// The byte of a one-byte punctuation mark, else 0: lets ``is(_:)`` and ``isTerminal`` read only
    /// plain stored fields, so testing a token in an array does not copy (retain) its strings.
    private let markByte: UInt8
    /// Whether the token is `.`, `!`, `?` or `…` (see ``isTerminal``), derived from `text`.
    private let terminal: Bool
    /// The byte length of a possessive ending (see ``possessiveLength``), derived from `lower`.
    private let possessive: UInt8

    /// A token; `lower` is derived from `text`.
    public init(kind: Kind, span: ByteSpan, text: String, isCapitalized: Bool, spaceBefore: Bool,
                quoteMark: QuoteMark? = nil) {
        let lower = kind == .word ? Token.lowered(text) : text
        self.init(kind: kind, span: span, text: text, lower: lower, isCapitalized: isCapitalized, spaceBefore: spaceBefore,
                  quoteMark: quoteMark, possessiveLength: Token.possessiveLength(of: lower))
    }

    /// A token whose `lower` (and the byte length of its possessive ending) the caller has already
    /// derived from `text`.
    init(kind: Kind, span: ByteSpan, text: String, lower: String, isCapitalized: Bool, spaceBefore: Bool,
         quoteMark: QuoteMark? = nil, possessiveLength: Int) {
        self.kind = kind
        self.span = span
        self.text = text
        self.lower = lower
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
        self.quoteMark = quoteMark
        self.possessive = UInt8(possessiveLength)
        let bytes = text.utf8
        let single = kind == .punctuation && bytes.count == 1
        self.markByte = single ? bytes.first! : 0
        self.terminal = kind == .punctuation && (single
            ? bytes.first == 0x2E || bytes.first == 0x21 || bytes.first == 0x3F
            : bytes.count == 3 && bytes.elementsEqual([0xE2, 0x80, 0xA6]))
    }

    /// Whether this is a double quotation mark of any glyph.
    @inline(__always)
    public var isDoubleQuote: Bool {
        switch quoteMark {
        case .openDouble?, .closeDouble?, .straightDouble?: true
        default: false
        }
    }

    /// Whether this punctuation token is `mark` (one ASCII character).
    @inline(__always)
    public func `is`(_ mark: Character) -> Bool {
        markByte != 0 && mark.utf8.count == 1 && markByte == mark.utf8.first
    }

    /// Whether the token ends a sentence by itself (`.`, `!`, `?`, `…`).
    @inline(__always)
    public var isTerminal: Bool { terminal }

    /// Whether the token's last byte is a period ("U.S.", "Mr.").
    @inline(__always)
    var endsWithPeriod: Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.last == 0x2E } ?? (text.utf8.last == 0x2E)
    }

    /// The last byte of ``lower`` (0 when it is empty), read in place rather than through the UTF-8
    /// view's generic `last`.
    @inline(__always)
    var lastByte: UInt8 {
        (lower.utf8.withContiguousStorageIfAvailable { $0.last } ?? lower.utf8.last) ?? 0
    }

    /// The word without a possessive ending ("Putin’s" → "Putin").
    public var withoutPossessive: String {
        let length = possessiveLength
        return length == 0 ? text : String(decoding: text.utf8.dropLast(length), as: UTF8.self)
    }

    /// The token without a possessive ending, ASCII letters lowered ("Putin’s" → "putin"):
    /// `Token.lowered(withoutPossessive)` without building the text first.
    public var lowerWithoutPossessive: String {
        guard kind == .word else { return Token.lowered(withoutPossessive) }
        let length = possessiveLength
        return length == 0 ? lower : String(decoding: lower.utf8.dropLast(length), as: UTF8.self)
    }

    /// The byte length of a possessive ending ("’s" is 4 bytes, "'s" 2), or 0.
    @inline(__always)
    public var possessiveLength: Int { Int(possessive) }

    /// The byte length of the possessive ending of `lower` ("’s" is 4 bytes, "'s" 2), or 0.
    static func possessiveLength(of lower: String) -> Int {
        // Compared as bytes: neither "’" nor "'" combines with what comes before it, and a plain "s"
        // last means no combining mark follows, so this is `hasSuffix` on characters.
        var bytes = lower.utf8.reversed().makeIterator()
        guard bytes.next() == 0x73 else { return 0 }
        switch bytes.next() {
        case 0x27: return 2
        case 0x99: return bytes.next() == 0x80 && bytes.next() == 0xE2 ? 4 : 0
        default: return 0
        }
    }

    static func lowered(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte >= 0x41 && byte <= 0x5A { needs = true; break }
        guard needs else { return text }
        let bytes = text.utf8
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var i = 0
            for byte in bytes {
                buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                i += 1
            }
            return i
        }
    }
}
