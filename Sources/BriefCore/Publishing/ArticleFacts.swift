/// What the data files, the sitemap and the search index show of an article besides its text: its
/// slug, title, byline and metadata (date, source, url, ...). A job's inputs
/// (``PublishedFiles/Job/inputs``) name these instead of whole articles, so editing an article's
/// text does not mark those files changed.
public struct ArticleFacts: Sendable, Encodable {
    public let slug: String
    public let title: String
    public let byline: String?
    public let metadata: ArticleMetadata

    /// The facts of `article`.
    public init(_ article: Article) {
        slug = article.slug
        title = article.title
        byline = article.byline
        metadata = article.metadata
    }

    /// The facts of every article of `briefing`, in its order.
    public static func all(_ briefing: Briefing) -> [ArticleFacts] {
        briefing.articles.map(ArticleFacts.init)
    }
}
