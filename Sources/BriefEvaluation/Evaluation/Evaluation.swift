import BriefCore

/// Scores predicted documents against gold ones by the rules of the corpora's reference scorer
/// (`score.py`): each task over the gold documents that annotate it, micro-averaged.
public struct Evaluation: Sendable {
    public let gold: [EvalDocument]
    public let predicted: [String: EvalDocument]
    /// The tasks scored: the one asked for, or every layer the gold file annotates.
    public let tasks: [EvalTask]
    private let unknownPredictions: Int

    /// Pairs `predicted` with `gold` by id. Throws when `task` is given and no gold document annotates it.
    public init(gold: [EvalDocument], predicted: [EvalDocument], task: EvalTask? = nil) throws(EvalFormatError) {
        self.gold = gold
        self.predicted = Dictionary(predicted.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let goldIDs = Set(gold.map(\.id))
        unknownPredictions = Set(predicted.map(\.id)).subtracting(goldIDs).count
        let annotated = EvalTask.allCases.filter { task in gold.contains { $0.has(task) } }
        if let task {
            guard annotated.contains(task) else { throw EvalFormatError("the gold file does not annotate \(task.rawValue)") }
            tasks = [task]
        } else {
            tasks = annotated
        }
    }

    /// The figures for every task, and the warnings of the reference scorer.
    public func report() -> EvaluationReport {
        var report = EvaluationReport()
        report.documents = gold.count
        report.missingPredictions = gold.count { predicted[$0.id] == nil }
        report.unknownPredictions = unknownPredictions
        for task in tasks {
            switch task {
            case .quotes: report.quotes = QuoteScorer.score(documents(task, \.quotes, warnings: &report.warnings).map(\.pair))
            case .persons: report.persons = PersonScorer.score(documents(task, \.persons, warnings: &report.warnings).map(\.pair))
            case .timexes: report.timexes = TimexScorer.score(documents(task, \.timexes, warnings: &report.warnings).map(\.pair))
            }
        }
        return report
    }

    /// The gold documents that annotate `task`, each with its gold and predicted items of that layer.
    public func documents<Item>(_ task: EvalTask, _ layer: KeyPath<EvalDocument, EvalLayer<Item>?>) -> [(document: EvalDocument, pair: DocumentPair<Item>)] {
        var ignored = EvalWarnings()
        return documents(task, layer, warnings: &ignored)
    }

    private func documents<Item>(_ task: EvalTask, _ layer: KeyPath<EvalDocument, EvalLayer<Item>?>,
                                 warnings: inout EvalWarnings) -> [(document: EvalDocument, pair: DocumentPair<Item>)] {
        var out: [(document: EvalDocument, pair: DocumentPair<Item>)] = []
        for document in gold {
            guard let goldLayer = document[keyPath: layer] else {
                warnings.add("gold documents without \(task.rawValue) (skipped)")
                continue
            }
            let prediction = predicted[document.id]
            if let prediction, prediction[keyPath: layer] == nil {
                warnings.add("pred documents without \(task.rawValue) (scored as empty)")
            }
            let predictedLayer = prediction?[keyPath: layer]
            warnings.add("invalid \(task.rawValue) span (skipped)", predictedLayer?.skipped ?? 0)
            out.append((document, DocumentPair(gold: goldLayer.items, predicted: predictedLayer?.items ?? [])))
        }
        return out
    }
}
