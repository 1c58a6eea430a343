/// A file split into its optional `---` YAML block and the body after it.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the fences, or nil when the file has none.
    public let yaml: String?
    /// The 1-based file line of the YAML's first line (2 when the file opens with `---`).
    public let yamlFirstLine: Int
    /// The text after the closing fence (the whole file when there is no front matter).
    public let body: String
    /// The 1-based file line the body starts on.
    public let bodyFirstLine: Int

    /// Splits `text` (LF line ends). A block must open on the first line with `---` and close
    /// with a line `---` or `...`; an unclosed block is an error naming the opening line.
    /// Scans UTF-8 bytes line by line and stops at the closing fence: the body is never split.
    public static func split(_ text: String, file: String) throws(Diagnostic) -> FrontMatter {
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 1
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            let fence = isFence(utf8[lineStart..<lineEnd], allowDots: yamlStart != nil)
            if yamlStart == nil {
                guard fence else { break }
                yamlStart = next
            } else if fence, let opened = yamlStart {
                let yaml = opened < lineStart ? String(text[opened..<utf8.index(before: lineStart)]) : ""
                return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: String(text[next...]), bodyFirstLine: lineNumber + 1)
            }
            lineStart = next
            lineNumber += 1
        }
        if yamlStart != nil {
            throw Diagnostic(file: file, line: 1, message: "front matter opened with '---' is never closed",
                             hint: "End the metadata block with a line holding only '---'.")
        }
        return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
    }

    /// Whether a line is `---` (or `...` when closing), trailing spaces and tabs allowed.
    private static func isFence(_ line: Substring.UTF8View, allowDots: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
        guard bytes.count == 3 else { return false }
        return bytes.allSatisfy { $0 == UInt8(ascii: "-") } || (allowDots && bytes.allSatisfy { $0 == UInt8(ascii: ".") })
    }
}
