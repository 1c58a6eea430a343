/// One article of the briefing, parsed from a `.txt` or `.md` file under `content/articles/`.
public struct Article: Sendable, Hashable, Codable {
    /// The file format an article was written in.
    public enum Format: String, Sendable, Hashable, Codable {
        case plainText = "txt"
        case markdown = "md"
    }

    /// The URL slug (`articles/SLUG/`), unique in the briefing.
    public var slug: String
    /// The path of the source file relative to the project, for messages and provenance.
    public let sourcePath: String
    public let format: Format
    public let title: String
    public let metadata: ArticleMetadata
    /// The author from a `By NAME` last line, or from the metadata's `author`.
    public let byline: String?
    public let paragraphs: [Paragraph]

    /// Creates the value from its parts.
    public init(slug: String, sourcePath: String, format: Format, title: String,
                metadata: ArticleMetadata, byline: String?, paragraphs: [Paragraph]) {
        self.slug = slug
        self.sourcePath = sourcePath
        self.format = format
        self.title = title
        self.metadata = metadata
        self.byline = byline
        self.paragraphs = paragraphs
    }

    /// The publication date, if the metadata gives one.
    public var date: PublicationDate? { metadata.date }
}
