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
    public static func split(_ text: String, file: String) throws(Diagnostic) -> FrontMatter {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else {
            return FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        guard let close = lines.dropFirst().firstIndex(where: {
            let line = $0.trimmingTrailingSpaces()
            return line == "---" || line == "..."
        }) else {
            throw Diagnostic(file: file, line: 1, message: "front matter opened with '---' is never closed",
                             hint: "End the metadata block with a line holding only '---'.")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: close + 2)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" {
            end = index(before: end)
        }
        return self[startIndex..<end]
    }
}
