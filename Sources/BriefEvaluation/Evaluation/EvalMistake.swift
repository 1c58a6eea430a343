import BriefCore

/// One scoring error to read: a gold item nothing matched, a prediction that matched nothing, or a
/// matched pair that disagrees (speaker, timex value or type), with its place in the text.
public struct EvalMistake: Sendable, Hashable {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case miss = "misses"
        case falseAlarm = "false alarms"
        case wrongSpeaker = "wrong speakers"
        case wrongValue = "wrong values"
    }

    public let task: EvalTask
    public let kind: Kind
    public let document: String
    /// The span shown: the gold item's (misses, disagreements) or the prediction's (false alarms).
    public let span: ByteSpan
    /// What the annotations say, e.g. `gold "Jane Roe" vs predicted "Roe's aide"`.
    public let detail: String
    /// The text around the span with the span marked ⟦like this⟧ (line breaks shown as ¶).
    public let context: String
    /// The ids of the rules behind the prediction: of a false alarm or a wrong speaker, the prediction's;
    /// of a miss, those of the predictions that overlap it (too little to match), or "none" when no
    /// prediction does. Nil for a task whose predictions record no rules.
    public var rules: String? = nil

    /// Creates the value from its parts.
    public init(task: EvalTask, kind: Kind, document: String, span: ByteSpan, detail: String, context: String, rules: String? = nil) {
        self.task = task
        self.kind = kind
        self.document = document
        self.span = span
        self.detail = detail
        self.context = context
        self.rules = rules
    }

    /// A JSON object of the mistake, for `--json --errors`.
    public var json: JSONValue {
        .object([("task", .string(task.rawValue)), ("kind", .string(kind.rawValue)), ("id", .string(document)),
                 ("start", .int(span.start)), ("end", .int(span.end)), ("detail", .string(detail)), ("context", .string(context))]
                + (rules.map { [("rules", JSONValue.string($0))] } ?? []))
    }
}
