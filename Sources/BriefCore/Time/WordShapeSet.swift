/// The ``WordShape``s of a list of words, as a bit set: a quick test that rules out most words before
/// a table look-up.
struct WordShapeSet: Sendable {
    private let bits: [UInt64]

    /// The shapes of `words`.
    init<S: Sequence>(_ words: S) where S.Element == String {
        var bits = [UInt64](repeating: 0, count: (1 << 15) / 64)
        for word in words {
            let shape = Int(WordShape(of: word).rawValue)
            bits[shape >> 6] |= 1 << UInt64(shape & 63)
        }
        self.bits = bits
    }

    /// Whether a word of shape `shape` may be one of the words: always for ``WordShape/nonASCII``.
    func mayContain(_ shape: WordShape) -> Bool {
        let value = Int(shape.rawValue)
        return value == 0 || bits[value >> 6] & (1 << UInt64(value & 63)) != 0
    }
}
