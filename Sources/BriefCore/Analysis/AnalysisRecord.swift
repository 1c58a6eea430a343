/// What `brief analyze` reports for one document: quotations with speakers, person-name mentions and
/// temporal expressions, each as UTF-8 byte offsets into the document's text.
public struct AnalysisRecord: Sendable, Hashable {
    /// A quotation or reported statement and who said it.
    public struct Quote: Sendable, Hashable {
        public let span: ByteSpan
        /// The speaker as the attribution writes it ("Sen. Bernie Sanders", "the spokesman", "he"),
        /// or nil when it could not be attributed.
        public let speaker: String?
        /// The canonical name of the actor the speaker resolves to, or nil.
        public var speakerName: String? = nil
        /// The UTF-8 bytes of the speaker phrase in the document's text, or nil.
        public var speakerSpan: ByteSpan? = nil
        /// True for words inside quotation marks, false for reported speech.
        public let direct: Bool

        /// Creates the value from its parts.
        public init(span: ByteSpan, speaker: String?, direct: Bool) {
            self.span = span
            self.speaker = speaker
            self.direct = direct
        }
    }

    /// A temporal expression with its TimeML TIMEX3 type and value.
    public struct Timex: Sendable, Hashable {
        public let span: ByteSpan
        /// `DATE`, `TIME`, `DURATION` or `SET`.
        public let type: String
        /// The normalised value, e.g. `2025-09-04`, `2025-W36`, `P3Y6M`, `PAST_REF`.
        public let value: String

        /// Creates the value from its parts.
        public init(span: ByteSpan, type: String, value: String) {
            self.span = span
            self.type = type
            self.value = value
        }
    }

    public let id: String
    public var quotes: [Quote]
    public var persons: [ByteSpan]
    public var timexes: [Timex]

    /// Creates the value from its parts.
    public init(id: String, quotes: [Quote] = [], persons: [ByteSpan] = [], timexes: [Timex] = []) {
        self.id = id
        self.quotes = quotes
        self.persons = persons
        self.timexes = timexes
    }

    /// The record as one line of JSON (no trailing newline), keys in a fixed order.
    public func jsonLine() -> String {
        var out = "{\"id\":" + JSONText.string(id)
        out += ",\"quotes\":[" + quotes.map { quote in
            "{\"start\":\(quote.span.start),\"end\":\(quote.span.end),\"speaker\":"
                + (quote.speaker.map(JSONText.string) ?? "null")
                + ",\"speakerName\":" + (quote.speakerName.map(JSONText.string) ?? "null")
                + ",\"speakerStart\":" + (quote.speakerSpan.map { "\($0.start)" } ?? "null")
                + ",\"speakerEnd\":" + (quote.speakerSpan.map { "\($0.end)" } ?? "null")
                + ",\"direct\":\(quote.direct)}"
        }.joined(separator: ",") + "]"
        out += ",\"persons\":[" + persons.map { "{\"start\":\($0.start),\"end\":\($0.end)}" }.joined(separator: ",") + "]"
        out += ",\"timexes\":[" + timexes.map { timex in
            "{\"start\":\(timex.span.start),\"end\":\(timex.span.end),\"type\":" + JSONText.string(timex.type)
                + ",\"value\":" + JSONText.string(timex.value) + "}"
        }.joined(separator: ",") + "]}"
        return out
    }
}
