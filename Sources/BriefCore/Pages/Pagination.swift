/// A long list cut into numbered pages of a fixed size, and where each page lives: page 1 at the
/// list's own route, page N below it at `page/N/` (``Route/page(_:)``). Lists kept newest first
/// show the latest on page 1. Every list has at least one page, even an empty one.
public struct Pagination: Sendable, Hashable {
    /// How many items the whole list holds.
    public let itemCount: Int
    /// The most items one page shows.
    public let pageSize: Int
    /// The route of the first page.
    public let base: Route

    /// The pages of a list of `itemCount` items, `pageSize` to a page, starting at `base`.
    public init(itemCount: Int, pageSize: Int, base: Route) {
        precondition(pageSize > 0 && itemCount >= 0, "a page holds at least one item")
        self.itemCount = itemCount
        self.pageSize = pageSize
        self.base = base
    }

    /// How many pages there are: at least one.
    public var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    /// The page numbers, from 1.
    public var pageNumbers: ClosedRange<Int> { 1...pageCount }

    /// Whether the list needs more than one page.
    public var isPaged: Bool { pageCount > 1 }

    /// The positions (from 0) of the items page `number` shows; empty past the last item.
    public func items(onPage number: Int) -> Range<Int> {
        precondition(number >= 1, "pages are numbered from 1")
        let start = min(itemCount, (number - 1) * pageSize)
        return start..<min(itemCount, start + pageSize)
    }

    /// The number of the page that shows the item at `position` (from 0).
    public func page(ofItem position: Int) -> Int {
        position / pageSize + 1
    }

    /// The route of page `number`.
    public func route(ofPage number: Int) -> Route {
        base.page(number)
    }

    /// The route of the page that shows the item at `position`.
    public func route(ofItem position: Int) -> Route {
        route(ofPage: page(ofItem: position))
    }
}
