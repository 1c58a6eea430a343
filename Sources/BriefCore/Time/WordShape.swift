/// A coarse digest of an ASCII word (its length modulo 16, and the low five bits of its first and last
/// bytes, ASCII letters lower-cased), or ``nonASCII``: equal words have equal shapes, so a word whose
/// shape is not in a ``WordShapeSet`` of a list's words is not in the list, and its look-up can be skipped.
struct WordShape: Sendable, Hashable {
    let rawValue: UInt16

    /// The shape of every word with a byte outside ASCII: such words are always looked up.
    static let nonASCII = WordShape(rawValue: 0)

    private init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The shape of an ASCII word of `count` bytes whose first and last bytes are `first` and `last`.
    init(count: Int, first: UInt8, last: UInt8) {
        rawValue = 1 << 14 | UInt16(truncatingIfNeeded: count & 15) | UInt16(first & 0x1F) << 4 | UInt16(last & 0x1F) << 9
    }

    /// The shape of `word` as ``TimexTokenPieces`` computes it for a token.
    init(of word: String) {
        let bytes = Array(word.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.allSatisfy({ $0 < 0x80 }) else { self = .nonASCII; return }
        self.init(count: bytes.count, first: first | 0x20, last: last | 0x20)
    }
}
