/// A run of the site's pages derived on demand, item by item (an article, an actor, a month of the
/// timeline), so a build can derive, render and write a few pages at a time instead of holding the
/// data of every page at once (``SiteDeriver/groups(for:)``).
public struct PageGroup: Sendable {
    /// How many items the group derives pages from.
    public let count: Int
    /// The pages of item `position` (`0..<count`), in the site's order, each derived when read.
    public let pages: @Sendable (_ position: Int) -> PageList
    /// What the pages of item `position` are made from, named without deriving them; nil for a group
    /// whose pages are always derived.
    public let inputs: (@Sendable (_ position: Int) -> PageInputs)?

    /// A group of `count` items, `pages` deriving each one's pages and `inputs`, when given, naming
    /// what they are made from.
    public init(count: Int, inputs: (@Sendable (_ position: Int) -> PageInputs)? = nil,
                pages: @escaping @Sendable (_ position: Int) -> PageList) {
        self.count = count
        self.inputs = inputs
        self.pages = pages
    }

    /// A group of `count` items, each item's pages made together as a list.
    public init(count: Int, inputs: (@Sendable (_ position: Int) -> PageInputs)? = nil,
                pages: @escaping @Sendable (_ position: Int) -> [Page]) {
        self.init(count: count, inputs: inputs) { PageList(pages($0)) }
    }

    /// A group of one item whose pages are `pages()`.
    public init(_ pages: @escaping @Sendable () -> [Page]) {
        self.init(count: 1) { (_: Int) -> [Page] in pages() }
    }
}
