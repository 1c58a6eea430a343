import BriefCore

/// Counted oddities of a scoring run, keyed by the reference scorer's wording, in first-seen order.
public struct EvalWarnings: Sendable, Hashable {
    public private(set) var entries: [Entry] = []

    /// One kind of oddity and how often it occurred.
    public struct Entry: Sendable, Hashable {
        public let message: String
        public var count: Int
    }

    /// Creates an empty value.
    public init() {}

    /// Counts `count` more of `message` (nothing when count is 0).
    public mutating func add(_ message: String, _ count: Int = 1) {
        guard count > 0 else { return }
        if let index = entries.firstIndex(where: { $0.message == message }) {
            entries[index].count += count
        } else {
            entries.append(Entry(message: message, count: count))
        }
    }

    /// `{message: count}` as the reference scorer's `--json` prints it.
    public var json: JSONValue { .object(entries.map { ($0.message, .int($0.count)) }) }
}
