/// Everything the pages of one item of a ``PageGroup`` are made from, named before they are derived:
/// a build that finds the same inputs as the last one (hashed by the edge) may reuse the files those
/// pages were written to instead of deriving and rendering them again. The values must cover every
/// fact the pages show, or a reused page would be stale.
public struct PageInputs: Sendable {
    /// The item, unique in the site (`article/SLUG`).
    public let id: String
    /// The routes of the item's pages, in the order the group derives them.
    public let routes: [Route]
    /// The facts the pages are made from, in a fixed order.
    public let values: [any Encodable & Sendable]

    /// Creates the value from its parts.
    public init(id: String, routes: [Route], values: [any Encodable & Sendable]) {
        self.id = id
        self.routes = routes
        self.values = values
    }
}
