/// The pieces of the shared ``Token``s that the temporal patterns read. Most tokens are one piece,
/// taken as they are (their lower-case form, spacing and span); a token that holds a mark or a letter
/// outside ASCII ("U.S.", "mid-2020", "1,000", "Sept.", "year’s", "Naïve") is cut into the runs of
/// letters and digits and the single marks it is written with, as the patterns number and spell them:
/// "mid", "-", "2020". Only that token's bytes are read again, never the paragraph's.
enum TimexTokenPieces {
    /// Appends the pieces of `token`, whose span is `offset` bytes into `bytes`, to `pieces`.
    static func append(_ token: Token, offset: Int, bytes: UnsafeBufferPointer<UInt8>, to pieces: inout [TimexToken]) {
        let start = token.span.start + offset, end = token.span.end + offset
        if token.kind == .word || token.kind == .number, let piece = plainWord(token, start, end, bytes) {
            pieces.append(piece)
        } else if token.kind != .word && token.kind != .number, end - start == 1 {
            let byte = bytes[start]
            pieces.append(TimexToken(start: start, end: end, kind: .punctuation, lower: token.lower, isCapitalized: false,
                                     spaceBefore: token.spaceBefore, startsWithDigit: false,
                                     shape: WordShape(count: 1, first: byte | 0x20, last: byte | 0x20)))
        } else {
            cut(bytes, start..<end, spaceBefore: token.spaceBefore, into: &pieces)
        }
    }

    /// `token` as one piece when it is all ASCII letters and digits: a number when it is all digits
    /// ("2020"), else a word ("March", "10am", "q3") in lower case; nil when it has to be cut.
    private static func plainWord(_ token: Token, _ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> TimexToken? {
        var digits = 0
        var upper = false
        for index in start..<end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte &- 0x41 < 26 {
                upper = true
            } else if byte &- 0x61 >= 26 {
                return nil
            }
        }
        let first = bytes[start]
        // A word's `lower` is lowered already; a number's is as written ("10AM").
        let lower = upper && token.kind == .number ? Token.lowered(token.lower) : token.lower
        return TimexToken(start: start, end: end, kind: digits == end - start ? .number : .word, lower: lower,
                          isCapitalized: first &- 0x41 < 26, spaceBefore: token.spaceBefore, startsWithDigit: first &- 0x30 < 10,
                          shape: WordShape(count: end - start, first: first | 0x20, last: bytes[end - 1] | 0x20))
    }

    /// Cuts the bytes `range` into pieces: runs of letters and digits (a number when all digits), and
    /// every other character alone as punctuation. `spaceBefore` is the first piece's.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaceBefore: Bool, into pieces: inout [TimexToken]) {
        var index = range.lowerBound
        var spaceBefore = spaceBefore
        while index < range.upperBound {
            let byte = bytes[index]
            if isSpace(byte, bytes, index, range.upperBound) {
                index += byte == 0xC2 ? 2 : 1
                spaceBefore = true
                continue
            }
            let start = index
            if isWordByte(byte, bytes, index) {
                let end = wordEnd(bytes, from: index, upTo: range.upperBound)
                index = end.index
                pieces.append(makePiece(bytes, start, index, end.allDigits ? .number : .word, spaceBefore))
            } else if byte < 0x80 {
                index += 1
                pieces.append(TimexToken(start: start, end: index, kind: .punctuation, lower: asciiStrings[Int(byte)],
                                         isCapitalized: false, spaceBefore: spaceBefore, startsWithDigit: false,
                                         shape: WordShape(count: 1, first: byte | 0x20, last: byte | 0x20)))
            } else {
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                index = min(index, range.upperBound)
                pieces.append(makePiece(bytes, start, index, .punctuation, spaceBefore))
            }
            spaceBefore = false
        }
    }

    /// The end of the run of letters and digits that starts at `index`, and whether all its bytes are ASCII digits.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, upTo limit: Int) -> (index: Int, allDigits: Bool) {
        var index = index
        var allDigits = true
        while index < limit {
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

    /// Every ASCII character as a one-character `String`, for punctuation pieces.
    private static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    private static func makePiece(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
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
    private static func isSpace(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ limit: Int) -> Bool {
        if byte == 0x20 || (0x09...0x0D).contains(byte) { return true }
        return byte == 0xC2 && index + 1 < limit && bytes[index + 1] == 0xA0
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
