import BriefCore

/// Lists the errors behind an ``Evaluation``'s figures, in gold-file order: for quotes the pairing at
/// T = 0.3 over all quotes, for persons and timexes the relaxed pairing.
public enum MistakeFinder {
    /// The first `limit` mistakes of each kind of each scored task.
    public static func mistakes(_ evaluation: Evaluation, limit: Int) -> [EvalMistake] {
        guard limit > 0 else { return [] }
        var found: [EvalMistake] = []
        for task in evaluation.tasks {
            let all: [EvalMistake]
            switch task {
            case .quotes: all = quotes(evaluation)
            case .persons: all = persons(evaluation)
            case .timexes: all = timexes(evaluation)
            }
            for kind in EvalMistake.Kind.allCases {
                found += all.lazy.filter { $0.kind == kind }.prefix(limit)
            }
        }
        return found
    }

    private static func quotes(_ evaluation: Evaluation) -> [EvalMistake] {
        collect(evaluation, .quotes, \.quotes, pairing: { ThresholdMatching.pairs(gold: $0, predicted: $1, threshold: QuoteScorer.thresholds[0]) },
                rules: { $0.map(\.rules) },
                describe: { quote in (quote.direct ? "direct" : "reported") + ", speaker " + shown(quote.speaker) },
                disagreement: { gold, predicted in
                    guard let speaker = gold.speaker, !speaker.isEmpty, !SpeakerName.matches(speaker, predicted.speaker) else { return nil }
                    return (.wrongSpeaker, "gold \(shown(speaker)) vs predicted \(shown(predicted.speaker))")
                })
    }

    private static func persons(_ evaluation: Evaluation) -> [EvalMistake] {
        collect(evaluation, .persons, \.persons, pairing: { SpanMatching.relaxed(gold: $0, predicted: $1) },
                describe: { _ in "person" }, disagreement: { _, _ in nil })
    }

    private static func timexes(_ evaluation: Evaluation) -> [EvalMistake] {
        collect(evaluation, .timexes, \.timexes, pairing: { SpanMatching.relaxed(gold: $0, predicted: $1) },
                describe: { timex in "\(timex.type ?? "?") \(timex.value ?? "?")" },
                disagreement: { gold, predicted in
                    guard !TimexScorer.valuesAgree(gold.value, predicted.value) || !TimexScorer.typesAgree(gold.type, predicted.type) else { return nil }
                    return (.wrongValue, "gold \(gold.type ?? "?") \(gold.value ?? "?") vs predicted \(predicted.type ?? "?") \(predicted.value ?? "?")")
                })
    }

    private static func collect<Item>(_ evaluation: Evaluation, _ task: EvalTask, _ layer: KeyPath<EvalDocument, EvalLayer<Item>?>,
                                      pairing: ([Item], [Item]) -> [MatchedPair], rules: ([Item]) -> [String?]? = { _ in nil },
                                      describe: (Item) -> String,
                                      disagreement: (Item, Item) -> (EvalMistake.Kind, String)?) -> [EvalMistake] {
        var out: [EvalMistake] = []
        for (document, pair) in evaluation.documents(task, layer) {
            let text = document.text ?? ""
            let predictedRules = rules(pair.predicted)
            func mistake(_ kind: EvalMistake.Kind, _ span: ByteSpan, _ detail: String, rulesOf predicted: [Int] = []) -> EvalMistake {
                EvalMistake(task: task, kind: kind, document: document.id, span: span, detail: detail,
                            context: SpanContext.marked(span, in: text),
                            rules: predictedRules.map { all in predicted.compactMap { all[$0] }.joined(separator: "; ") }.map { $0.isEmpty ? "none" : $0 })
            }
            let pairs = pairing(pair.gold, pair.predicted)
            let matchedGold = Set(pairs.map(\.gold)), matchedPredicted = Set(pairs.map(\.predicted))
            for (index, item) in pair.gold.enumerated() where !matchedGold.contains(index) {
                let near = pair.predicted.indices.filter { pair.predicted[$0].span.overlaps(item.span) }
                out.append(mistake(.miss, item.span, describe(item), rulesOf: near))
            }
            for (index, item) in pair.predicted.enumerated() where !matchedPredicted.contains(index) {
                out.append(mistake(.falseAlarm, item.span, describe(item), rulesOf: [index]))
            }
            for matched in pairs.sorted(by: { $0.gold < $1.gold }) {
                if let (kind, detail) = disagreement(pair.gold[matched.gold], pair.predicted[matched.predicted]) {
                    out.append(mistake(kind, pair.gold[matched.gold].span, detail, rulesOf: [matched.predicted]))
                }
            }
        }
        return out
    }

    private static func shown(_ name: String?) -> String {
        name.map { "\"\($0)\"" } ?? "none"
    }
}
