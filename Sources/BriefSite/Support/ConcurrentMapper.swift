import BriefCore

/// The core's ``ArticleMapper`` spread over every core, for per-article analyses, pages and files.
struct ConcurrentMapper: ArticleMapper {
    func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        items.concurrentMap(transform)
    }
}
