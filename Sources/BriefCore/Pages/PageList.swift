/// The pages of one item of a ``PageGroup``, each derived when it is read. A speaker quoted ten
/// thousand times has two hundred pages of quotations: made as a list, all their data would be held
/// at once while the first is rendered; made one by one, only the page being rendered is.
public struct PageList: RandomAccessCollection, Sendable {
    public let endIndex: Int
    private let make: @Sendable (Int) -> Page

    /// `count` pages, page `n` derived by `make(n)` each time it is read.
    public init(count: Int, make: @escaping @Sendable (Int) -> Page) {
        endIndex = count
        self.make = make
    }

    /// Pages already made.
    public init(_ pages: [Page]) {
        self.init(count: pages.count) { pages[$0] }
    }

    /// One page for each page of a paginated list, made by `page` from the list's page.
    init<Item: Sendable>(_ lists: [ListPage<Item>], page: @escaping @Sendable (ListPage<Item>) -> Page) {
        self.init(count: lists.count) { page(lists[$0]) }
    }

    /// No pages.
    public static let empty = PageList([])

    public var startIndex: Int { 0 }

    /// The page at `position`, derived now.
    public subscript(position: Int) -> Page { make(position) }

    /// The pages of `first`, then those of `second`.
    public static func + (first: PageList, second: PageList) -> PageList {
        let split = first.count
        return PageList(count: split + second.count) { $0 < split ? first[$0] : second[$0 - split] }
    }
}
