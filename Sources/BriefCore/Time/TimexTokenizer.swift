/// Splits a text into ``TimexToken``s in one pass over its UTF-8 bytes.
enum TimexTokenizer {
    /// The tokens of `text`; offsets are UTF-8 byte offsets into it.
    static func tokens(in text: String) -> [TimexToken] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    /// The tokens of a UTF-8 buffer.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [TimexToken] {
        var tokens: [TimexToken] = []
        // News text has a token every five to six bytes; punctuation-heavy text more: one allocation for most texts.
        tokens.reserveCapacity(bytes.count / 3 + 16)
        var index = 0
        var spaceBefore = true
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte, bytes, index) {
                index += byte == 0xC2 ? 2 : 1
                spaceBefore = true
                continue
            }
            let start = index
            if isWordByte(byte, bytes, index) {
                let end = wordEnd(bytes, from: index)
                index = end.index
                // Keep an apostrophe-s inside a word ("year's", "New Year's").
                tokens.append(makeToken(bytes, start, index, end.allDigits ? .number : .word, spaceBefore))
            } else if byte < 0x80 {
                index += 1
                tokens.append(TimexToken(start: start, end: index, kind: .punctuation, lower: asciiStrings[Int(byte)],
                                         isCapitalized: false, spaceBefore: spaceBefore, startsWithDigit: false,
                                         shape: WordShape(count: 1, first: byte | 0x20, last: byte | 0x20)))
            } else {
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                index = min(index, bytes.count)
                tokens.append(makeToken(bytes, start, index, .punctuation, spaceBefore))
            }
            spaceBefore = false
        }
        return tokens
    }

    /// The end of the word that starts at `index`, and whether all its bytes are ASCII digits.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> (index: Int, allDigits: Bool) {
        var index = index
        var allDigits = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                // a digit
            } else if (byte | 0x20) &- 0x61 < 26 {
                allDigits = false
            } else if byte >= 0x80, isWordByte(byte, bytes, index) {
                allDigits = false
            } else {
                break
            }
            index += 1
        }
        return (index, allDigits)
    }

    /// Every ASCII character as a one-character `String`, for punctuation tokens.
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private static func makeToken(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                  _ kind: TimexToken.Kind, _ spaceBefore: Bool) -> TimexToken {
        let count = end - start
        var high: UInt8 = 0
        let lower = String(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            while offset < count {
                let byte = bytes[start + offset]
                high |= byte
                buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
                offset += 1
            }
            return count
        }
        let first = bytes[start]
        let shape = high < 0x80 ? WordShape(count: count, first: first | 0x20, last: bytes[end - 1] | 0x20) : .nonASCII
        return TimexToken(start: start, end: end, kind: kind, lower: lower, isCapitalized: (0x41...0x5A).contains(first),
                          spaceBefore: spaceBefore, startsWithDigit: first >= 0x30 && first <= 0x39, shape: shape)
    }

    /// ASCII whitespace and the no-break space (C2 A0).
    private static func isSpace(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    /// Letters, digits and non-ASCII letters; general punctuation (E2 80..E2 81) and other symbols are not.
    private static func isWordByte(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0x80...0xBF:
            // A continuation byte belongs to whatever character started it: find its lead byte.
            var lead = index - 1
            while lead > 0, (0x80...0xBF).contains(bytes[lead]) { lead -= 1 }
            return lead >= 0 && isLetterLead(bytes[lead], bytes, lead)
        case 0xC3...0xDF: return true
        case 0xE0...0xFF: return isLetterLead(byte, bytes, index)
        default: return false
        }
    }

    private static func isLetterLead(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        if byte >= 0xC3 && byte <= 0xDF { return true }
        if byte == 0xE2 || byte == 0xE3 || byte == 0xEF { return false }  // punctuation, symbols, CJK punctuation, BOM
        return byte >= 0xE0
    }
}
