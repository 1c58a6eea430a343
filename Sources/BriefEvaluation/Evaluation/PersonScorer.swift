import BriefCore

/// Person-name mentions: strict (identical span) and relaxed (one-to-one on overlap) P/R/F1.
public enum PersonScorer {
    /// The figures for persons, micro-averaged over `documents`.
    public struct Report: Sendable, Hashable {
        public var strict = PRFScore.zero
        public var relaxed = PRFScore.zero

        /// As the reference scorer's `--json` prints it.
        public var json: JSONValue { .object([("strict", strict.json), ("relaxed", relaxed.json)]) }
    }

    /// Scores every document's mentions.
    public static func score(_ documents: [DocumentPair<ByteSpan>]) -> Report {
        var report = Report()
        for document in documents {
            let gold = document.gold.count, predicted = document.predicted.count
            report.strict = report.strict + PRFScore(gold: gold, predicted: predicted,
                                                     matched: SpanMatching.strict(gold: document.gold, predicted: document.predicted).count)
            report.relaxed = report.relaxed + PRFScore(gold: gold, predicted: predicted,
                                                       matched: SpanMatching.relaxed(gold: document.gold, predicted: document.predicted).count)
        }
        return report
    }
}
