/// Where an event was reported: an article (by slug) and a paragraph (1-based), for provenance links.
public struct EventSource: Sendable, Hashable, Codable {
    public let article: String
    public let paragraph: Int

    /// Creates the value from its parts.
    public init(article: String, paragraph: Int) {
        self.article = article
        self.paragraph = paragraph
    }
}
