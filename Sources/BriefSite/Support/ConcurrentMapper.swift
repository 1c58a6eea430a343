import BriefCore

/// The core's ``ArticleMapper`` spread over every core, for the per-article analyses.
struct ConcurrentMapper: ArticleMapper {
    func map<T: Sendable>(_ articles: [Article], _ transform: @escaping @Sendable (Article) -> T) -> [T] {
        articles.concurrentMap(transform)
    }
}
