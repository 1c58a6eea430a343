/// A range of UTF-8 bytes in a text, end exclusive: how extraction results point into their source.
/// Held as two 32-bit offsets: a briefing holds a few spans for each of its hundreds of thousands of
/// quotations, statements and mentions, and no article's text reaches 4 GB (``maximumOffset``).
public struct ByteSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    private let lower: UInt32
    private let upper: UInt32

    /// The first byte covered.
    public var start: Int { Int(lower) }
    /// The byte after the last one covered.
    public var end: Int { Int(upper) }

    /// The largest offset a span holds, and so the largest article `brief build` reads.
    public static let maximumOffset = Int(UInt32.max)

    /// Creates the value from its parts.
    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends after it starts")
        precondition(start >= 0 && end <= Self.maximumOffset, "a span within 4 GB of text")
        lower = UInt32(truncatingIfNeeded: start)
        upper = UInt32(truncatingIfNeeded: end)
    }

    private enum CodingKeys: String, CodingKey {
        case start, end
    }

    /// Reads the span as ``encode(to:)`` writes it: its offsets as `start` and `end`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(Int.self, forKey: .start), end = try container.decode(Int.self, forKey: .end)
        guard start >= 0, start <= end, end <= Self.maximumOffset else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "not a span of bytes: \(start)..<\(end)")
        }
        self.init(start: start, end: end)
    }

    /// Writes the offsets as `start` and `end`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
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

    /// The covered text of `text` as a slice sharing its storage when both ends fall between Unicode
    /// scalars; otherwise a repaired copy, as ``text(in:)`` makes.
    public func slice(of text: String) -> Substring {
        sharedSlice(of: text) ?? self.text(in: text)[...]
    }

    /// The covered text of `text` as a slice sharing its storage, or nil when an end falls inside a
    /// Unicode scalar.
    public func sharedSlice(of text: String) -> Substring? {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(utf8.startIndex, offsetBy: end)
        guard Self.startsScalar(utf8, at: lower), Self.startsScalar(utf8, at: upper) else { return nil }
        return Substring(utf8[lower..<upper])
    }

    /// Whether `index` is the end of `utf8` or a byte that starts a scalar (not a continuation byte).
    private static func startsScalar(_ utf8: String.UTF8View, at index: String.Index) -> Bool {
        index == utf8.endIndex || utf8[index] & 0xC0 != 0x80
    }

    public var description: String { "\(start)..<\(end)" }

    public static func < (lhs: ByteSpan, rhs: ByteSpan) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }
}
