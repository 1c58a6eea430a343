import BriefCore

/// The core's ``ArticleMapper`` spread over every core, for per-article analyses, pages and files.
public struct ConcurrentMapper: ArticleMapper {
    /// A mapper over every core.
    public init() {}

    /// `transform` of every item, computed on every core, in the items' order.
    public func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        items.concurrentMap(transform)
    }
}
