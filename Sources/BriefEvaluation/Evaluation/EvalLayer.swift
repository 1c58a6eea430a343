import BriefCore

/// One annotation layer of one document (its quotes, persons or timexes), sorted by span as the
/// reference scorer sorts them (stable: equal spans keep their order in the file).
public struct EvalLayer<Item: SpannedItem>: Sendable {
    /// The items with usable spans, sorted by (start, end).
    public let items: [Item]
    /// How many predicted items were skipped for an unusable span (not integers, or not 0 ≤ start < end).
    public let skipped: Int

    /// Creates the value from its parts.
    public init(items: [Item], skipped: Int = 0) {
        self.items = items.enumerated().sorted { a, b in
            (a.element.span.start, a.element.span.end, a.offset) < (b.element.span.start, b.element.span.end, b.offset)
        }.map(\.element)
        self.skipped = skipped
    }
}
