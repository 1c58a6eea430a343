/// Splits a paragraph's UTF-8 bytes into ``Token``s in one pass. Quotation marks are `"`, `“ ” „`,
/// `« »` and single `‘ ’ '`; the typewriter pairs `''` and ``` `` ``` of tokenised corpora are not
/// (the gold corpora do not count them as quotation marks either). Words keep their inner apostrophes,
/// hyphens and periods, and known abbreviations and initials keep their final period ("Mr.", "J.",
/// "U.S."), so that the sentence splitter can tell them from full stops.
public enum Tokenizer {
    /// The tokens of `text`, spans in its UTF-8 bytes.
    public static func tokenize(_ text: String) -> [Token] {
        tokenizeWithFlags(text).tokens
    }

    /// The tokens of a UTF-8 buffer.
    public static func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        tokenizeWithFlags(bytes: bytes).tokens
    }

    /// The tokens of `text` with the ``LexicalFlags`` of each (those of its `lower`, as
    /// `LexicalFlags.of(tokens)` gives them): one look-up per word gives its flags and, for a listed
    /// word, its lower-case string.
    static func tokenizeWithFlags(_ text: String) -> (tokens: [Token], flags: [LexicalFlags]) {
        var copy = text
        return copy.withUTF8 { tokenizeWithFlags(bytes: $0) }
    }

    /// The tokens of a UTF-8 buffer with the ``LexicalFlags`` of each.
    static func tokenizeWithFlags(bytes: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], flags: [LexicalFlags]) {
        let table = LexicalFlags.table
        var tokens: [Token] = []
        var flags: [LexicalFlags] = []
        // News text has a token every five bytes or so, more where punctuation is dense: one allocation for nearly every paragraph.
        let capacity = bytes.count / 4 + 8
        tokens.reserveCapacity(capacity)
        flags.reserveCapacity(capacity)
        var i = 0
        var spaceBefore = true
        let n = bytes.count
        while i < n {
            // ASCII letters, digits and blanks (most bytes) without the general classification.
            let byte = bytes[i]
            if byte == 0x20 { spaceBefore = true; i += 1; continue }
            if isASCIIAlphanumeric(byte) {
                let end = wordEnd(bytes, from: i)
                let (word, wordFlags) = makeWord(bytes, i, end, spaceBefore: spaceBefore, numeric: byte <= 0x39, table)
                i = word.span.end
                tokens.append(word)
                flags.append(wordFlags)
                spaceBefore = false
                continue
            }
            let (cls, width) = classify(bytes, i)
            switch cls {
            case .space:
                spaceBefore = true
                i += width
            case .letter, .digit:
                let end = wordEnd(bytes, from: i)
                let (word, wordFlags) = makeWord(bytes, i, end, spaceBefore: spaceBefore, numeric: cls == .digit, table)
                i = word.span.end
                tokens.append(word)
                flags.append(wordFlags)
                spaceBefore = false
            case .quote(let mark):
                let text = markText(bytes, i, i + width)
                tokens.append(Token(kind: .quoteMark, span: ByteSpan(start: i, end: i + width), text: text, lower: text,
                                    isCapitalized: false, spaceBefore: spaceBefore, quoteMark: mark, possessiveLength: 0))
                flags.append(markFlags(bytes, i, i + width, text, table))
                spaceBefore = false
                i += width
            case .punctuation:
                let text = markText(bytes, i, i + width)
                tokens.append(Token(kind: .punctuation, span: ByteSpan(start: i, end: i + width), text: text, lower: text,
                                    isCapitalized: false, spaceBefore: spaceBefore, possessiveLength: 0))
                flags.append(markFlags(bytes, i, i + width, text, table))
                spaceBefore = false
                i += width
            }
        }
        return (tokens, flags)
    }

    /// The flags of a mark `start..<end` written `text` (`table[text]`; a one-byte mark is looked up by its byte).
    @inline(__always)
    static func markFlags(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ text: String,
                          _ table: WordTable<LexicalFlags>) -> LexicalFlags {
        if end - start == 1, b[start] < 0x80 {
            return table.entry(asciiBytes: UnsafeBufferPointer(rebasing: b[start..<end])).map(table.value(at:)) ?? []
        }
        return table[text] ?? []
    }

    enum ByteClass: Equatable {
        case space, letter, digit, punctuation
        case quote(Token.QuoteMark)
    }

    /// The class of the character starting at `i` and its width in bytes.
    static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (ByteClass, Int) {
        let c = b[i]
        if c < 0x80 {
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C: return (.space, 1)
            case 0x30...0x39: return (.digit, 1)
            case 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
            case 0x22: return (.quote(.straightDouble), 1)
            case 0x27: return (.quote(.straightSingle), 1)
            default: return (.punctuation, 1)
            }
        }
        let width = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        guard i + width <= b.count else { return (.punctuation, b.count - i) }
        if width == 2 {
            let c1 = b[i + 1]
            if c == 0xC2 {
                switch c1 {
                case 0xA0: return (.space, 2)
                case 0xAB: return (.quote(.openDouble), 2)
                case 0xBB: return (.quote(.closeDouble), 2)
                case 0x80...0xBF: return (.punctuation, 2)
                default: break
                }
            }
            if c == 0xC3 && (c1 == 0x97 || c1 == 0xB7) { return (.punctuation, 2) }
            return (.letter, 2)
        }
        if width == 3 && c == 0xE2 && b[i + 1] == 0x80 {
            switch b[i + 2] {
            case 0x98: return (.quote(.openSingle), 3)
            case 0x99: return (.quote(.closeSingle), 3)
            case 0x9C, 0x9E: return (.quote(.openDouble), 3)
            case 0x9D: return (.quote(.closeDouble), 3)
            case 0x80...0x8B, 0xA8, 0xA9, 0xAF: return (.space, 3)
            default: return (.punctuation, 3)
            }
        }
        if width == 3 && c == 0xE2 { return (.punctuation, 3) }
        if width == 3 && c == 0xEF && b[i + 1] == 0xBB && b[i + 2] == 0xBF { return (.space, 3) }
        return (.letter, width)
    }

    /// Whether the byte at `i` starts a letter or digit.
    static func isAlnum(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        guard i < b.count else { return false }
        let (cls, _) = classify(b, i)
        return cls == .letter || cls == .digit
    }

    /// Whether `byte` is an ASCII letter or digit (what ``classify(_:_:)`` calls `.letter` or `.digit`
    /// among one-byte characters).
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10
    }

    /// The end of the word starting at `start`.
    static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        let n = b.count
        while i < n {
            if isASCIIAlphanumeric(b[i]) { i += 1; continue }
            if b[i] == 0x20 { return i }
            let (cls, width) = classify(b, i)
            switch cls {
            case .letter, .digit:
                i += width
            case .quote(.straightSingle), .quote(.closeSingle):
                // An apostrophe inside a word: "don’t", "O'Leary", "Putin’s".
                if isAlnum(b, i + width) { i += width } else { return i }
            case .punctuation:
                let c = b[i]
                // Inner hyphens, periods ("U.S", "Caliber.Az", "3.5") and digit commas ("1,000").
                if (c == 0x2D || c == 0x2E || c == 0x26) && isAlnum(b, i + 1) && !(c == 0x2E && b[i + 1] >= 0x80) {
                    i += 1
                } else if c == 0x2C && i > start && b[i - 1] >= 0x30 && b[i - 1] <= 0x39
                            && i + 1 < n && b[i + 1] >= 0x30 && b[i + 1] <= 0x39 {
                    i += 1
                } else {
                    return i
                }
            default:
                return i
            }
        }
        return i
    }

    /// The token of the word `start..<wordEnd` (with the final period of an abbreviation) and the
    /// flags of its lower-case form in `table`.
    static func makeWord(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ wordEnd: Int, spaceBefore: Bool,
                         numeric: Bool, _ table: WordTable<LexicalFlags>) -> (Token, LexicalFlags) {
        var end = wordEnd
        // Keep the final period of an abbreviation or an initial: "Mr.", "J.", "U.S.", "Sept.".
        if !numeric, end < b.count, b[end] == 0x2E {
            let word = lowered(b, start, end) ?? Token.lowered(string(b, start, end))
            if Abbreviations.keepsPeriod(word) { end += 1 }
        }
        let first = b[start]
        let capitalized: Bool
        if first < 0x80 {
            capitalized = first >= 0x41 && first <= 0x5A
        } else if first == 0xC3, start + 1 < b.count {
            capitalized = b[start + 1] >= 0x80 && b[start + 1] <= 0x9E
        } else if first == 0xD0, start + 1 < b.count {
            capitalized = b[start + 1] >= 0x80 && b[start + 1] <= 0xAF
        } else if first == 0xC4 || first == 0xC5, start + 1 < b.count {
            capitalized = b[start + 1] % 2 == 0
        } else {
            capitalized = false
        }
        let kind: Token.Kind = numeric ? .number : .word
        let span = ByteSpan(start: start, end: end)
        let possessive = possessiveLength(b, start, end, numeric: numeric)
        if let listed = asciiLower(b, start, end, lowering: !numeric, table) {
            // The text as written is the lower-case form unless a letter is upper case.
            let text = listed.upper ? string(b, start, end) : listed.lower
            return (Token(kind: kind, span: span, text: text, lower: listed.lower, isCapitalized: capitalized,
                          spaceBefore: spaceBefore, possessiveLength: possessive),
                    listed.entry.map(table.value(at:)) ?? [])
        }
        let text = string(b, start, end)
        // A number's `lower` is its text as written (see ``Token/init(kind:span:text:isCapitalized:spaceBefore:quoteMark:)``).
        let lower = numeric ? text : lowered(b, start, end, unchanged: text) ?? Token.lowered(text)
        return (Token(kind: kind, span: span, text: text, lower: lower, isCapitalized: capitalized, spaceBefore: spaceBefore,
                      possessiveLength: possessive),
                table[lower] ?? [])
    }

    /// The lower-case form of the ASCII word `start..<end` (as written when not `lowering`, as for a
    /// number), its entry in `table`, and whether it has an upper-case letter; nil when a byte is not
    /// ASCII or the word is longer than 32 bytes. The bytes are lowered on the stack and looked up as
    /// they are: a listed word's lower-case form is the table's key, so no string is built for it.
    @inline(__always)
    static func asciiLower(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowering: Bool,
                           _ table: WordTable<LexicalFlags>) -> (lower: String, entry: Int?, upper: Bool)? {
        let count = end - start
        guard count <= 32 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var high: UInt64 = 0
        var upper: UInt64 = 0
        let entry: Int? = withUnsafeMutableBytes(of: &words) { raw in
            // Eight bytes at a time (little-endian words, bytes past the word zero): a byte b < 0x80 is
            // an upper-case letter when b + 0x3F has its high bit set (b >= 0x41) and b + 0x25 not
            // (b < 0x5B); adding 0x20 (the high bit shifted right twice) lowers it.
            let word = UnsafeRawPointer(b.baseAddress! + start)
            var i = 0
            while i < count {
                let rest = count - i
                var w: UInt64 = 0
                if rest >= 8 || start + i + 8 <= b.count {
                    w = UInt64(littleEndian: word.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    if rest < 8 { w &= (1 << (UInt64(rest) * 8)) - 1 }
                } else {
                    for k in 0..<rest { w |= UInt64(word.load(fromByteOffset: i + k, as: UInt8.self)) << (UInt64(k) * 8) }
                }
                high |= w
                let capitals = ((w &+ 0x3F3F_3F3F_3F3F_3F3F) ^ (w &+ 0x2525_2525_2525_2525)) & 0x8080_8080_8080_8080
                upper |= capitals
                if lowering { w |= capitals >> 2 }
                raw.storeBytes(of: w.littleEndian, toByteOffset: i, as: UInt64.self)
                i += 8
            }
            guard high & 0x8080_8080_8080_8080 == 0 else { return nil }
            return table.entry(asciiBytes: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]))
        }
        let ascii = high & 0x8080_8080_8080_8080 == 0
        let lowered = lowering && upper != 0
        guard ascii else { return nil }
        if let entry { return (table.key(at: entry), entry, lowered) }
        let lower = withUnsafeBytes(of: &words) { raw in
            String(decoding: UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[0..<count]), as: UTF8.self)
        }
        return (lower, nil, lowered)
    }

    /// `Token.possessiveLength(of:)` of the word `start..<end`, read from the buffer: the word's
    /// `lower` has these bytes with ASCII capitals lowered (a number's is as written).
    @inline(__always)
    static func possessiveLength(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, numeric: Bool) -> Int {
        let last = b[end - 1]
        guard last == 0x73 || (!numeric && last == 0x53) else { return 0 }
        if end - start >= 2 && b[end - 2] == 0x27 { return 2 }
        if end - start >= 4 && b[end - 2] == 0x99 && b[end - 3] == 0x80 && b[end - 4] == 0xE2 { return 4 }
        return 0
    }

    /// `Token.lowered` of the ASCII bytes `start..<end`, read from the buffer rather than from a
    /// `String`: `unchanged` (when given) if no letter is upper case, nil if a byte is not ASCII (the
    /// caller then lowers the decoded text, as before).
    static func lowered(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, unchanged: String? = nil) -> String? {
        var upper = false
        for i in start..<end {
            let byte = b[i]
            if byte >= 0x80 { return nil }
            if byte >= 0x41 && byte <= 0x5A { upper = true }
        }
        if !upper, let unchanged { return unchanged }
        return String(unsafeUninitializedCapacity: end - start) { buffer in
            for i in start..<end {
                let byte = b[i]
                buffer[i - start] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
            }
            return end - start
        }
    }

    /// The text of a punctuation or quotation mark token: the one-byte ones (most of them) from a
    /// table built once, instead of a new string each time.
    static func markText(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        if end - start == 1, b[start] < 0x80 { return asciiCharacters[Int(b[start])] }
        return string(b, start, end)
    }

    /// Every ASCII character as a one-character string, indexed by its byte.
    static let asciiCharacters: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    static func string(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
    }
}
