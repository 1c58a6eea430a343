import BriefCore

/// The figures of one scoring run: document counts, each scored task's report, and the warnings.
public struct EvaluationReport: Sendable, Hashable {
    /// Gold documents.
    public var documents = 0
    /// Gold documents with no prediction document (scored as having no predictions).
    public var missingPredictions = 0
    /// Prediction documents whose id is not in the gold file (ignored).
    public var unknownPredictions = 0
    public var quotes: QuoteScorer.Report?
    public var persons: PersonScorer.Report?
    public var timexes: TimexScorer.Report?
    public var warnings = EvalWarnings()

    /// Creates an empty value.
    public init() {}

    /// The tasks that were scored, in report order.
    public var tasks: [EvalTask] {
        EvalTask.allCases.filter { task in
            switch task {
            case .quotes: quotes != nil
            case .persons: persons != nil
            case .timexes: timexes != nil
            }
        }
    }

    /// The reference scorer's `--json` document: gold, pred, documents, pred_documents_missing,
    /// pred_documents_unknown, one object per scored task, warnings; then `extra` fields.
    public func json(gold: String, pred: String?, extra: [(String, JSONValue)] = []) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("gold", .string(gold)), ("pred", .optional(pred)), ("documents", .int(documents)),
            ("pred_documents_missing", .int(missingPredictions)), ("pred_documents_unknown", .int(unknownPredictions)),
        ]
        if let quotes { fields.append(("quotes", quotes.json)) }
        if let persons { fields.append(("persons", persons.json)) }
        if let timexes { fields.append(("timexes", timexes.json)) }
        fields.append(("warnings", warnings.json))
        return .object(fields + extra)
    }
}
