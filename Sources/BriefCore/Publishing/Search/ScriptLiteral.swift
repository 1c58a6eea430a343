/// JSON made safe to run as JavaScript anywhere a page might put it: in a `.js` file, or inline in a
/// `<script>` element. Compact JSON whose `<`, `>` and `&` are written `\u003c`, `\u003e`, `\u0026`
/// (so article text can never close the element or open a comment) and whose line and paragraph
/// separators U+2028 and U+2029 are escaped (older engines end a string at them). Those characters
/// only ever occur inside JSON strings, where the escapes mean the same characters.
public enum ScriptLiteral {
    /// `value` as a JavaScript expression.
    public static func expression(_ value: JSONValue) -> String {
        escaped(value.rendered(pretty: false))
    }

    /// `json` (compact JSON) with the characters above escaped.
    static func escaped(_ json: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count)
        var bytes = json.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "<"): out += Array(#"\u003c"#.utf8)
            case UInt8(ascii: ">"): out += Array(#"\u003e"#.utf8)
            case UInt8(ascii: "&"): out += Array(#"\u0026"#.utf8)
            case 0xE2: appendAfterE2(&bytes, into: &out)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8; any other character starting with E2 is copied.
    private static func appendAfterE2(_ bytes: inout String.UTF8View.Iterator, into out: inout [UInt8]) {
        guard let second = bytes.next() else { return out.append(0xE2) }
        guard second == 0x80, let third = bytes.next() else { return out += [0xE2, second] }
        switch third {
        case 0xA8: out += Array(#"\u2028"#.utf8)
        case 0xA9: out += Array(#"\u2029"#.utf8)
        default: out += [0xE2, second, third]
        }
    }
}
