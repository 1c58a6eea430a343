import BriefCore

/// One document to analyse, as `brief analyze --jsonl` reads it: an id, an optional anchor date,
/// and the article body (paragraphs separated by line breaks).
public struct AnalysisInput: Sendable, Hashable {
    public let id: String
    /// The document's creation date: the anchor for "last week", "Tuesday", "this year".
    public let date: CalendarDate?
    public let text: String

    /// Creates the value from its parts.
    public init(id: String, date: CalendarDate?, text: String) {
        self.id = id
        self.date = date
        self.text = text
    }
}
