/// The whole model a site is derived from: the settings and every published article.
public struct Briefing: Sendable, Hashable {
    public let settings: SiteSettings
    /// The articles, newest first (undated last), ties broken by title then slug.
    public let articles: [Article]

    public init(settings: SiteSettings, articles: [Article]) {
        self.settings = settings
        self.articles = articles.sorted(by: Briefing.newestFirst)
    }

    /// The front page's order: newest first, undated articles last, then by title and slug.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.title, a.slug) < (b.title, b.slug)
        }
    }
}
