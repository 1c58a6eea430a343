/// Escapes text for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`).
public enum HTMLEscaping {
    /// `text` with the five HTML-significant characters replaced by entities, working on UTF-8 bytes.
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 { append(byte, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `byte` to `out`, as its entity when it is one of the five HTML-significant characters.
    @inline(__always)
    public static func append(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x26: out.append(contentsOf: "&amp;".utf8)
        case 0x3C: out.append(contentsOf: "&lt;".utf8)
        case 0x3E: out.append(contentsOf: "&gt;".utf8)
        case 0x22: out.append(contentsOf: "&quot;".utf8)
        case 0x27: out.append(contentsOf: "&#39;".utf8)
        default: out.append(byte)
        }
    }
}
