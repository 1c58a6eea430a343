/// Runs a function over every article. The core stays single-threaded and pure; the edge injects a
/// mapper that uses every core.
public protocol ArticleMapper: Sendable {
    /// `transform` applied to each article, results in the same order.
    func map<T: Sendable>(_ articles: [Article], _ transform: @escaping @Sendable (Article) -> T) -> [T]
}

/// The plain, one-at-a-time mapper (tests, small briefings).
public struct SerialMapper: ArticleMapper {
    public init() {}

    public func map<T: Sendable>(_ articles: [Article], _ transform: @escaping @Sendable (Article) -> T) -> [T] {
        articles.map(transform)
    }
}
