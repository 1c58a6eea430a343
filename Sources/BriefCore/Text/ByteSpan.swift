/// A range of UTF-8 bytes in a text, end exclusive: how extraction results point into their source.
public struct ByteSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let start: Int
    public let end: Int

    /// Creates the value from its parts.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends after it starts")
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// Whether the two spans share at least one byte.
    public func overlaps(_ other: ByteSpan) -> Bool { start < other.end && other.start < end }

    /// The covered text of `text` (whose UTF-8 the offsets index), repaired if a boundary splits a character.
    public func text(in text: String) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    public var description: String { "\(start)..<\(end)" }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
