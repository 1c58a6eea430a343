/// A temporal expression found in a text and normalised: where it is, how it is written, its
/// TIMEX3 type and value, and whether the value could be placed on the calendar.
public struct Timex: Sendable, Hashable, Codable {
    /// UTF-8 byte offsets into the text it was found in.
    public let span: ByteSpan
    /// The expression as written ("September 4", "this week").
    public let text: String
    public let type: TimexType
    public let value: TimexValue

    /// Creates the value from its parts.
    public init(span: ByteSpan, text: String, type: TimexType, value: TimexValue) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
    }

    /// The precision of a calendar value (nil for durations, sets, references and unresolved values).
    public var granularity: Granularity? { value.granularity }

    /// False when the expression needed the article's date and there was none (`XXXX-09-04`).
    public var isResolved: Bool {
        if case .unresolved = value { return false }
        return true
    }
}
