/// What an article's front matter or sidecar says about it. Every field is optional.
public struct ArticleMetadata: Sendable, Hashable, Codable {
    public var title: String?
    public var date: PublicationDate?
    public var author: String?
    public var source: String?
    public var url: String?
    public var tags: [String]
    public var slug: String?
    public var draft: Bool

    /// Creates the value from its parts.
    public init(title: String? = nil, date: PublicationDate? = nil, author: String? = nil,
                source: String? = nil, url: String? = nil, tags: [String] = [],
                slug: String? = nil, draft: Bool = false) {
        self.title = title
        self.date = date
        self.author = author
        self.source = source
        self.url = url
        self.tags = tags
        self.slug = slug
        self.draft = draft
    }

    /// This metadata with every field that `other` sets taken from `other` (front matter over sidecar).
    public func overlaid(with other: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(
            title: other.title ?? title, date: other.date ?? date, author: other.author ?? author,
            source: other.source ?? source, url: other.url ?? url,
            tags: other.tags.isEmpty ? tags : other.tags, slug: other.slug ?? slug,
            draft: other.draft || draft)
    }
}
