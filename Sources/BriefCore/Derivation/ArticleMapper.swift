/// Runs a function over every element of a list of independent work — articles to analyse, pages to
/// derive, files to write. The core stays single-threaded and pure; the edge injects a mapper that
/// uses every core.
public protocol ArticleMapper: Sendable {
    /// `transform` applied to each element, results in the same order.
    func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @escaping @Sendable (Element) -> T) -> [T]
}

/// The plain, one-at-a-time mapper (tests, small briefings).
public struct SerialMapper: ArticleMapper {
    /// Creates the mapper.
    public init() {}

    public func map<Element: Sendable, T: Sendable>(_ items: [Element], _ transform: @escaping @Sendable (Element) -> T) -> [T] {
        items.map(transform)
    }
}
