/// Writes JSON string literals by hand: fast, deterministic, no Foundation.
public enum JSONText {
    /// `value` as a quoted JSON string, escaping quotes, backslashes and control characters.
    /// Runs of bytes that need no escape are copied whole, and text that needs none (most) is
    /// only quoted: its UTF-8 is never decoded or checked again.
    public static func string(_ value: String) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    /// Appends `value` as a JSON string literal to `out`, without making the literal on its own first.
    public static func append(_ value: String, to out: inout String) {
        let utf8 = value.utf8
        out += "\""
        guard utf8.contains(where: needsEscape) else {
            out += value
            out += "\""
            return
        }
        out.reserveCapacity(out.utf8.count + utf8.count + 16)
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if needsEscape(byte) {
                // Escaped bytes are ASCII, so every run starts and ends on a character boundary.
                out += Substring(utf8[runStart..<index])
                out += escape(byte)
                runStart = next
            }
            index = next
        }
        out += Substring(utf8[runStart...])
        out += "\""
    }

    /// Appends a line break and `indent` spaces to `out`.
    static func appendLineBreak(indent: Int, to out: inout String) {
        out += "\n"
        if indent < lineIndents.count {
            out += lineIndents[indent]
        } else {
            out += String(repeating: " ", count: indent)
        }
    }

    /// Runs of spaces for the usual depths of pretty JSON, made once.
    private static let lineIndents = (0..<24).map { String(repeating: " ", count: $0) }

    /// Whether JSON needs `byte` escaped inside a string: a quote, a backslash, a control character.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20
    }

    /// The escape of one byte for which ``needsEscape(_:)`` holds.
    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        default: return "\\u00" + String(hexDigits[Int(byte >> 4)]) + String(hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef")
}
