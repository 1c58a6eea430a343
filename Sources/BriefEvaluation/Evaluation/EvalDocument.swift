import BriefCore

/// A document of a gold or prediction file in the corpora's JSON Lines format: its id, its text
/// and date (gold), and the layers it has. A layer that is absent is nil, not empty.
public struct EvalDocument: Sendable {
    /// A quotation or reported statement, with the speaker as written and, when given, its span.
    public struct Quote: SpannedItem {
        public let span: ByteSpan
        /// True for words inside quotation marks.
        public let direct: Bool
        public let speaker: String?
        /// `speakerStart..<speakerEnd` when both are integers and start < end.
        public let speakerSpan: ByteSpan?
        /// The ids of the rules that found a predicted quote, chose and bound its speaker ("quote.marks
        /// speaker.after-quote resolve.name"); nil for gold quotes and predictions read from a file.
        public var rules: String? = nil

        /// Creates the value from its parts.
        public init(span: ByteSpan, direct: Bool, speaker: String?, speakerSpan: ByteSpan? = nil) {
            self.span = span
            self.direct = direct
            self.speaker = speaker
            self.speakerSpan = speakerSpan
        }
    }

    /// A temporal expression with its TIMEX3 type and value, as text (nil when absent or null).
    public struct Timex: SpannedItem {
        public let span: ByteSpan
        public let type: String?
        public let value: String?

        /// Creates the value from its parts.
        public init(span: ByteSpan, type: String?, value: String?) {
            self.span = span
            self.type = type
            self.value = value
        }
    }

    public let id: String
    /// The document text (gold files); nil in prediction files.
    public var text: String?
    /// The creation date as written (`YYYY-MM-DD`), the anchor of relative dates.
    public var date: String?
    public var quotes: EvalLayer<Quote>?
    public var persons: EvalLayer<ByteSpan>?
    public var timexes: EvalLayer<Timex>?

    /// Creates the value from its parts.
    public init(id: String, text: String? = nil, date: String? = nil, quotes: EvalLayer<Quote>? = nil,
                persons: EvalLayer<ByteSpan>? = nil, timexes: EvalLayer<Timex>? = nil) {
        self.id = id
        self.text = text
        self.date = date
        self.quotes = quotes
        self.persons = persons
        self.timexes = timexes
    }

    /// Whether the document has `task`'s layer (possibly empty).
    public func has(_ task: EvalTask) -> Bool {
        switch task {
        case .quotes: quotes != nil
        case .persons: persons != nil
        case .timexes: timexes != nil
        }
    }

    /// How many predicted items of `task` were skipped for unusable spans.
    public func skipped(_ task: EvalTask) -> Int {
        switch task {
        case .quotes: quotes?.skipped ?? 0
        case .persons: persons?.skipped ?? 0
        case .timexes: timexes?.skipped ?? 0
        }
    }
}
