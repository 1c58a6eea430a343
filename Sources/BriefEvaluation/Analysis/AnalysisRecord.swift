import BriefCore

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
        /// The document's own index of the speaker's entity (``ArticleAnalysis/entities``), which
        /// corpus resolution turns into `speakerName`; not written out.
        public var speakerEntity: Int? = nil
        /// The rules that found the words, chose the speaker and bound it (``Provenance``), for
        /// `brief eval --errors`; not written out.
        public var provenance: Provenance? = nil

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

    /// A mention of an actor (person, organisation or place) and the actor the site binds it to.
    public struct Entity: Sendable, Hashable {
        public let span: ByteSpan
        public let kind: ActorKind
        /// The document's own index of the mention's entity, or nil when the name was left unbound.
        public let entity: Int?
        /// The briefing-wide actor id corpus resolution gives it, or nil (unbound, or not an actor).
        public var actor: String? = nil

        /// Creates the value from its parts.
        public init(span: ByteSpan, kind: ActorKind, entity: Int?) {
            self.span = span
            self.kind = kind
            self.entity = entity
        }
    }

    public let id: String
    public var quotes: [Quote]
    public var persons: [ByteSpan]
    public var timexes: [Timex]
    /// Every actor mention, in text order.
    public var entities: [Entity]

    /// Creates the value from its parts.
    public init(id: String, quotes: [Quote] = [], persons: [ByteSpan] = [], timexes: [Timex] = [], entities: [Entity] = []) {
        self.id = id
        self.quotes = quotes
        self.persons = persons
        self.timexes = timexes
        self.entities = entities
    }

    /// The record as one line of JSON (no trailing newline), keys in a fixed order.
    public func jsonLine() -> String {
        var out = "{\"id\":"
        out.reserveCapacity(64 + 120 * quotes.count + 28 * persons.count + 64 * timexes.count)
        out += JSONText.string(id)
        out += ",\"quotes\":["
        for (index, quote) in quotes.enumerated() {
            if index > 0 { out += "," }
            out += "{\"start\":"; out += String(quote.span.start)
            out += ",\"end\":"; out += String(quote.span.end)
            out += ",\"speaker\":"; out += quote.speaker.map(JSONText.string) ?? "null"
            out += ",\"speakerName\":"; out += quote.speakerName.map(JSONText.string) ?? "null"
            out += ",\"speakerStart\":"; out += quote.speakerSpan.map { String($0.start) } ?? "null"
            out += ",\"speakerEnd\":"; out += quote.speakerSpan.map { String($0.end) } ?? "null"
            out += quote.direct ? ",\"direct\":true}" : ",\"direct\":false}"
        }
        out += "],\"persons\":["
        for (index, person) in persons.enumerated() {
            if index > 0 { out += "," }
            out += "{\"start\":"; out += String(person.start)
            out += ",\"end\":"; out += String(person.end); out += "}"
        }
        out += "],\"timexes\":["
        for (index, timex) in timexes.enumerated() {
            if index > 0 { out += "," }
            out += "{\"start\":"; out += String(timex.span.start)
            out += ",\"end\":"; out += String(timex.span.end)
            out += ",\"type\":"; out += JSONText.string(timex.type)
            out += ",\"value\":"; out += JSONText.string(timex.value); out += "}"
        }
        out += "],\"entities\":["
        for (index, entity) in entities.enumerated() {
            if index > 0 { out += "," }
            out += "{\"start\":"; out += String(entity.span.start)
            out += ",\"end\":"; out += String(entity.span.end)
            out += ",\"kind\":"; out += JSONText.string(entity.kind.reportedName)
            out += ",\"actor\":"; out += entity.actor.map(JSONText.string) ?? "null"; out += "}"
        }
        out += "]}"
        return out
    }
}
