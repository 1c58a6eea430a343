/// Control characters in input text: C0 codes but tab and line ends, DEL, and the C1 codes U+0080–U+009F
/// (U+009B is a terminal's CSI). None belongs in an article; ESC sequences would recolour or rewrite a
/// terminal, and most of them make a feed invalid XML. ``SourceText`` removes them on decoding and
/// ``Diagnostic`` shows them escaped.
public enum ControlCharacters {
    /// Whether `scalar` is a control character that input text must not carry.
    public static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return false
        }
    }

    /// The 1-based line of the first unwanted control character in UTF-8 `bytes`, or nil.
    public static func firstLine(in bytes: [UInt8]) -> Int? {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 } else if isUnwantedStart(bytes, at: index) { return line }
            index += 1
        }
        return nil
    }

    /// `bytes` (valid UTF-8) without its unwanted control characters; the same array when it has none.
    static func removed(from bytes: [UInt8]) -> [UInt8] {
        guard bytes.indices.contains(where: { isUnwantedStart(bytes, at: $0) }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if isUnwantedStart(bytes, at: index) {
                index += bytes[index] == 0xC2 ? 2 : 1
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return out
    }

    /// `text` with each unwanted control character, and each invisible formatting character
    /// (``InvisibleFormatting``: a bidi override would reorder the terminal's line), written as
    /// `\u{1B}`, for showing it safely.
    public static func escaped(_ text: String) -> String {
        let shown = { (scalar: Unicode.Scalar) in isUnwanted(scalar) || InvisibleFormatting.isInvisible(scalar) }
        guard text.unicodeScalars.contains(where: shown) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if shown(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether an unwanted control character starts at `index` of valid UTF-8 `bytes`: a C0 byte, DEL,
    /// or the two bytes C2 80–C2 9F of a C1 code.
    @inline(__always)
    private static func isUnwantedStart(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 { return byte != 0x09 && byte != 0x0A && byte != 0x0D }
        if byte == 0x7F { return true }
        return byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9F
    }
}
