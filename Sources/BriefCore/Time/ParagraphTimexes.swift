/// The temporal expressions of one paragraph, with spans into that paragraph's text.
public struct ParagraphTimexes: Sendable, Hashable, Codable {
    /// 1-based paragraph number.
    public let paragraph: Int
    public let timexes: [Timex]

    /// Creates the value from its parts.
    public init(paragraph: Int, timexes: [Timex]) {
        self.paragraph = paragraph
        self.timexes = timexes
    }
}
