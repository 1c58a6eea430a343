import BriefCore

/// Compiles Mustache source into ``MustacheNode``s, following the Mustache spec: variables, `{{{ }}}`
/// and `{{& }}`, sections and inverted sections, dotted names, partials, comments, set-delimiter
/// tags, and the standalone-line rules (a line holding only a section, comment, partial or
/// delimiter tag and whitespace is removed; a standalone partial's whitespace indents the partial).
/// Errors name the file, line and column of the tag at fault.
struct MustacheParser {
    private let bytes: [UInt8]
    private let file: String
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private var position = 0
    /// Whether the next node opens a line of the template (only tags that write nothing came before it).
    private var atLineStart = true
    private var frames: [Frame] = [Frame(written: "", name: .current, inverted: false, offset: 0)]

    /// A section being read: its tag, where it was opened, and the nodes read so far.
    private struct Frame {
        let written: String
        let name: MustacheNode.Name
        let inverted: Bool
        let offset: Int
        var nodes: [MustacheNode] = []
    }

    private enum Kind {
        case variable, unescaped, triple, section, inverted, close, comment, partial, delimiters

        /// Whether a tag of this kind alone on a line removes the line.
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped, .triple: return false
            case .section, .inverted, .close, .comment, .partial, .delimiters: return true
            }
        }
    }

    /// The nodes of `text`, the template read from `file`.
    static func parse(_ text: String, file: String) throws(Diagnostic) -> [MustacheNode] {
        var parser = MustacheParser(bytes: Array(text.utf8), file: file)
        return try parser.parse()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    private mutating func parse() throws(Diagnostic) -> [MustacheNode] {
        while position < bytes.count {
            guard let tagStart = find(open, from: position) else {
                appendText(position..<bytes.count)
                position = bytes.count
                break
            }
            try readTag(at: tagStart)
        }
        if frames.count > 1, let frame = frames.last {
            throw error(at: frame.offset, "a section is opened but never closed",
                        hint: "`{{#\(frame.written)}}` needs its `{{/\(frame.written)}}`.")
        }
        return frames[0].nodes
    }

    private mutating func readTag(at tagStart: Int) throws(Diagnostic) {
        var start = tagStart + open.count
        let kind: Kind
        switch start < bytes.count ? bytes[start] : 0 {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "{"): kind = .triple
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw error(at: tagStart, "template inheritance (`{{<parent}}`, `{{$block}}`) is not supported",
                        hint: "Use partials (`{{> partials/name}}`) and the layout's `{{{content}}}` instead.")
        case UInt8(ascii: "%"):
            throw error(at: tagStart, "pragmas (`{{% … }}`) are not supported", hint: "Remove the pragma tag.")
        default: kind = .variable
        }
        if kind != .variable { start += 1 }
        let terminator: [UInt8]
        switch kind {
        case .triple: terminator = [UInt8(ascii: "}")] + close
        case .delimiters: terminator = [UInt8(ascii: "=")] + close
        default: terminator = close
        }
        guard let contentEnd = find(terminator, from: start) else {
            throw error(at: tagStart, "a tag is not closed with \(String(decoding: terminator, as: UTF8.self))",
                        hint: "Close the tag on the same line or check its braces.")
        }
        let tagEnd = contentEnd + terminator.count
        let content = trimmed(start..<contentEnd)

        let standalone = kind.canStandAlone ? standaloneLine(tagStart: tagStart, tagEnd: tagEnd) : nil
        var indentation: [UInt8] = []
        if let standalone {
            appendText(position..<standalone.begin)
            indentation = Array(bytes[standalone.begin..<tagStart])
            position = standalone.after
        } else {
            appendText(position..<tagStart)
            position = tagEnd
        }

        switch kind {
        case .variable, .unescaped, .triple:
            let written = try name(content, at: tagStart)
            appendLineStart()
            append(.variable(MustacheNode.Name(written), escaped: kind == .variable))
        case .section, .inverted:
            let written = try name(content, at: tagStart)
            if standalone == nil { appendLineStart() }
            frames.append(Frame(written: written, name: MustacheNode.Name(written), inverted: kind == .inverted, offset: tagStart))
            atLineStart = standalone != nil
        case .close:
            let written = try name(content, at: tagStart)
            guard frames.count > 1, let frame = frames.last else {
                throw error(at: tagStart, "`{{/\(written)}}` closes a section that was never opened",
                            hint: "Remove it, or open the section with `{{#\(written)}}`.")
            }
            guard frame.written == written else {
                throw error(at: tagStart, "a section is closed with the wrong name",
                            hint: "`{{#\(frame.written)}}` (line \(location(of: frame.offset).line)) is closed by `{{/\(written)}}`.")
            }
            if standalone == nil { appendLineStart() }
            frames.removeLast()
            append(.section(frame.name, inverted: frame.inverted, nodes: frame.nodes))
            atLineStart = standalone != nil
        case .comment:
            if standalone != nil { atLineStart = true }
        case .delimiters:
            let parts = content.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == 10 || $0 == 13 })
            guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
                throw error(at: tagStart, "invalid set-delimiter tag", hint: "Write it as `{{=<% %>=}}`: two delimiters separated by a space.")
            }
            open = Array(parts[0])
            close = Array(parts[1])
            if standalone != nil { atLineStart = true }
        case .partial:
            let written = try name(content, at: tagStart)
            if written.hasPrefix("*") {
                throw error(at: tagStart, "dynamic partials (`{{>*name}}`) are not supported", hint: "Name the partial: `{{> partials/name}}`.")
            }
            if standalone != nil {
                append(.partial(written, indentation: indentation))
                atLineStart = true
            } else {
                appendLineStart()
                append(.partial(written, indentation: nil))
            }
        }
    }

    /// The line around a tag when only spaces and tabs share it: where the line begins and where the
    /// next one does (after its newline, or the end of the template).
    private func standaloneLine(tagStart: Int, tagEnd: Int) -> (begin: Int, after: Int)? {
        var begin = tagStart
        while begin > position, bytes[begin - 1] == UInt8(ascii: " ") || bytes[begin - 1] == UInt8(ascii: "\t") { begin -= 1 }
        guard begin == 0 || bytes[begin - 1] == 10 else { return nil }
        var end = tagEnd
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
        if end == bytes.count { return (begin, end) }
        if bytes[end] == 10 { return (begin, end + 1) }
        if bytes[end] == 13, end + 1 < bytes.count, bytes[end + 1] == 10 { return (begin, end + 2) }
        return nil
    }

    /// Appends the template text in `range`, marking where its lines begin.
    private mutating func appendText(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let startsOnFreshLine = range.lowerBound == 0 || bytes[range.lowerBound - 1] == 10
        if atLineStart, !(startsOnFreshLine && isLineBreak(at: range.lowerBound, before: range.upperBound)) {
            append(.lineStart)
        }
        var lineOffsets: [Int] = []
        for index in range where bytes[index] == 10 && index + 1 < range.upperBound {
            if !isLineBreak(at: index + 1, before: range.upperBound) { lineOffsets.append(index + 1 - range.lowerBound) }
        }
        append(.text(MustacheNode.Text(bytes: Array(bytes[range]), lineOffsets: lineOffsets)))
        atLineStart = bytes[range.upperBound - 1] == 10
    }

    /// Marks a line's start before a tag that writes something, when it opens the line.
    private mutating func appendLineStart() {
        if atLineStart { append(.lineStart) }
        atLineStart = false
    }

    private mutating func append(_ node: MustacheNode) {
        frames[frames.count - 1].nodes.append(node)
    }

    /// Whether a line break (`\n` or `\r\n`) starts at `index`, an empty line.
    private func isLineBreak(at index: Int, before end: Int) -> Bool {
        bytes[index] == 10 || (bytes[index] == 13 && index + 1 < end && bytes[index + 1] == 10)
    }

    /// A tag's name, which must be one word.
    private func name(_ content: ArraySlice<UInt8>, at tagStart: Int) throws(Diagnostic) -> String {
        guard !content.isEmpty else {
            throw error(at: tagStart, "a tag has no name", hint: "Write the name of a value between the braces.")
        }
        if content.contains(UInt8(ascii: "(")) {
            throw error(at: tagStart, "transforms such as `name()` are not supported", hint: "Use the value's name alone.")
        }
        if let bad = content.first(where: { $0 <= 0x20 || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) {
            let what = bad <= 0x20 ? "a space" : "`\(Character(Unicode.Scalar(bad)))`"
            throw error(at: tagStart, "a tag's name contains \(what)", hint: "Close every tag with }} and use one name per tag.")
        }
        return String(decoding: content, as: UTF8.self)
    }

    private func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
        var slice = bytes[range]
        while let first = slice.first, first <= 0x20 { slice.removeFirst() }
        while let last = slice.last, last <= 0x20 { slice.removeLast() }
        return slice
    }

    /// The first index of `needle` at or after `start`.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        let last = bytes.count - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    /// The 1-based line and column of a byte offset.
    private func location(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 10 {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    private func error(at offset: Int, _ message: String, hint: String) -> Diagnostic {
        let (line, column) = location(of: offset)
        return Diagnostic(file: file, line: line, column: column, message: "template error: \(message)", hint: hint)
    }
}
