/// One tag of the HTML cmark-gfm writes, as far as placing inline marks needs it: where it ends,
/// its element name, and how it changes the element depth; and the text characters between tags.
struct HTMLTag {
    /// The byte just after the tag's `>`.
    let end: Int
    /// The element's lower-case name (`a`, `em`, `p`); empty for comments and declarations.
    let name: String
    /// +1 for an opening tag, -1 for a closing one, 0 for void, self-closing and comment tags.
    let depthChange: Int

    /// Elements that never have a closing tag.
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "wbr", "col", "area", "source"]

    /// The tag starting at `source[start]` (a `<`), or nil when it does not end.
    init?(_ source: [UInt8], at start: Int) {
        var index = start + 1
        if source[index...].starts(with: Array("!--".utf8)) {
            guard let close = Self.find(Array("-->".utf8), in: source, from: index) else { return nil }
            self.init(end: close + 3, name: "", depthChange: 0)
            return
        }
        let closing = index < source.count && source[index] == 0x2F
        if closing { index += 1 }
        var name: [UInt8] = []
        while index < source.count, Self.isNameByte(source[index]) { name.append(source[index] | 0x20); index += 1 }
        var quote: UInt8? = nil
        while index < source.count {
            let byte = source[index]
            if let q = quote { if byte == q { quote = nil } } else if byte == 0x22 || byte == 0x27 { quote = byte } else if byte == 0x3E { break }
            index += 1
        }
        guard index < source.count else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        let selfClosing = source[index - 1] == 0x2F
        let change = closing ? -1 : (selfClosing || name.isEmpty || Self.voidElements.contains(text) ? 0 : 1)
        self.init(end: index + 1, name: text, depthChange: change)
    }

    private init(end: Int, name: String, depthChange: Int) {
        self.end = end
        self.name = name
        self.depthChange = depthChange
    }

    /// The text character at `source[index]`: its bytes as plain text (an entity decoded) and how many
    /// bytes of HTML it takes; nil bytes for an entity this walker does not know.
    static func character(_ source: [UInt8], at index: Int) -> (bytes: [UInt8]?, length: Int) {
        guard source[index] == 0x26 else { return ([source[index]], 1) }
        var end = index + 1
        while end < source.count, end - index <= 10, source[end] != 0x3B { end += 1 }
        guard end < source.count, source[end] == 0x3B else { return (nil, 1) }
        let name = String(decoding: source[(index + 1)..<end], as: UTF8.self)
        return (decode(name).map { Array(String($0).utf8) }, end + 1 - index)
    }

    /// The character an entity name (`amp`, `#39`, `#x2014`) stands for.
    static func decode(_ name: String) -> Character? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func find(_ needle: [UInt8], in source: [UInt8], from start: Int) -> Int? {
        guard source.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= source.count {
            if source[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
