/// The parts of a `.txt` article in the seed's shape: a headline, paragraphs and an optional byline.
public struct PlainTextArticle: Sendable, Hashable {
    public let headline: String
    public let paragraphs: [String]
    /// NAME from a last line `By NAME`, or nil.
    public let byline: String?

    /// Parses `body`: the first non-empty line is the headline; when the rest holds blank lines, each
    /// blank-line-separated block is a paragraph (its lines joined by spaces), otherwise each line is;
    /// a last paragraph `By NAME` is the byline. Throws when the body is empty.
    public static func parse(_ body: String, file: String, firstLine: Int = 1) throws(Diagnostic) -> PlainTextArticle {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingASCIIWhitespaceSubstring() }
        guard let headlineIndex = lines.firstIndex(where: { !$0.isEmpty }) else {
            throw Diagnostic(file: file, line: firstLine, message: "the article is empty",
                             hint: "Put the headline on the first line and the paragraphs after it.")
        }
        var rest = Array(lines[(headlineIndex + 1)...].drop(while: \.isEmpty))
        while rest.last?.isEmpty == true { rest.removeLast() }
        var paragraphs = splitParagraphs(rest)
        var byline: String?
        if let last = paragraphs.last, let name = bylineName(last) {
            byline = name
            paragraphs.removeLast()
        }
        return PlainTextArticle(headline: String(lines[headlineIndex]), paragraphs: paragraphs, byline: byline)
    }

    /// NAME when `line` is a byline such as `By Aghakazim Guliyev`; nil otherwise.
    public static func bylineName(_ line: String) -> String? {
        guard line.hasPrefix("By ") || line.hasPrefix("BY ") else { return nil }
        let name = String(line.dropFirst(3)).trimmingASCIIWhitespace()
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 10, name.count <= 120,
              let last = name.last, !".!?:;\u{201D}\"".contains(last) else { return nil }
        return name
    }

    private static func splitParagraphs(_ lines: [String]) -> [String] {
        let hasBlankLines = lines.contains(where: \.isEmpty)
        guard hasBlankLines else { return lines.filter { !$0.isEmpty } }
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}

extension Substring {
    func trimmingASCIIWhitespaceSubstring() -> String {
        String(self).trimmingASCIIWhitespace()
    }
}
