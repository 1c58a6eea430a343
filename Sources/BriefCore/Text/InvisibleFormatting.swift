/// Invisible formatting characters that input text must not carry onto a page: the bidirectional
/// embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069, which reorder the text that
/// follows them ("Evil\u{202E}emaN" shows as "EvilNameme"…, and reverses a whole line of a list), and
/// the zero-width characters that hide inside a word and make two names that look alike different
/// (U+200B zero-width space, U+2060 word joiner, U+FEFF inside the text). ``SourceText`` removes them
/// on decoding, so no page, feed or data file shows them, and ``Diagnostic`` shows them escaped.
/// Kept: the marks U+200E/U+200F, which change no order but a neutral's, and U+200C/U+200D, which
/// Persian, the Indic scripts and emoji need.
public enum InvisibleFormatting {
    /// Whether `scalar` is an invisible formatting character to remove.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        isBidiControl(scalar) || [0x200B, 0x2060, 0xFEFF].contains(scalar.value)
    }

    /// Whether `scalar` is a bidirectional embedding, override or isolate (or their terminators).
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// The 1-based line of the first bidirectional control in UTF-8 `bytes`, or nil.
    public static func firstBidiLine(in bytes: [UInt8]) -> Int? {
        var line = 1
        for index in bytes.indices {
            if bytes[index] == 0x0A {
                line += 1
            } else if let scalar = scalar(at: index, in: bytes), isBidiControl(scalar) {
                return line
            }
        }
        return nil
    }

    /// `bytes` (valid UTF-8) without its invisible formatting characters; the same array when it has none.
    static func removed(from bytes: [UInt8]) -> [UInt8] {
        guard bytes.indices.contains(where: { isInvisibleStart(bytes, at: $0) }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if isInvisibleStart(bytes, at: index) {
                index += 3
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }

    /// Whether an invisible formatting character (all are three bytes in UTF-8) starts at `index`.
    @inline(__always)
    private static func isInvisibleStart(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        guard byte == 0xE2 || byte == 0xEF else { return false }
        return scalar(at: index, in: bytes).map(isInvisible) ?? false
    }

    /// The three-byte scalar starting at `index` of valid UTF-8 `bytes`, or nil when none starts there.
    @inline(__always)
    private static func scalar(at index: Int, in bytes: [UInt8]) -> Unicode.Scalar? {
        let lead = bytes[index]
        guard lead & 0xF0 == 0xE0, index + 2 < bytes.count else { return nil }
        let value = (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
        return Unicode.Scalar(value)
    }
}
