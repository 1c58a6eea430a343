import BriefCore

/// Quotations as the Gender Gap Tracker's evaluation scores them, at T = 0.3 and T = 0.8: P/R/F1 for
/// all quotes and for direct quotes alone, and speaker accuracy over the matched pairs.
public enum QuoteScorer {
    /// The thresholds the reference scorer reports.
    public static let thresholds: [Double] = [0.3, 0.8]

    /// The figures at one threshold.
    public struct Level: Sendable, Hashable {
        public var threshold: Double
        public var all = PRFScore.zero
        public var direct = PRFScore.zero
        /// Matched pairs whose gold speaker is non-empty, and how many of those the rules accept.
        public var speakers = 0, speakersCorrect = 0, speakersLenient = 0
        /// The same, restricted to gold speakers that look like names.
        public var names = 0, namesCorrect = 0
        /// GGT's span rule over all matched pairs; nil when no prediction carries a speaker span.
        public var spanPairs: Int?, spanCorrect = 0

        /// Nothing counted yet at `threshold`.
        public init(threshold: Double) { self.threshold = threshold }

        /// `acc`: correct speakers over matched pairs with a gold speaker.
        public var speakerAccuracy: Double { Self.ratio(speakersCorrect, speakers) }
        /// `lenient`: the same with the contiguous-tokens rule.
        public var speakerLenientAccuracy: Double { Self.ratio(speakersLenient, speakers) }
        /// `names_acc`: `acc` over gold speakers that look like names.
        public var nameAccuracy: Double { Self.ratio(namesCorrect, names) }
        /// `ggtspan_acc`: GGT's speaker-span rule over all matched pairs.
        public var spanAccuracy: Double { Self.ratio(spanCorrect, spanPairs ?? 0) }

        private static func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }

        /// As the reference scorer's `--json` prints it.
        public var json: JSONValue {
            var speaker: [(String, JSONValue)] = [
                ("n", .int(speakers)), ("acc", .double(speakerAccuracy)), ("lenient", .double(speakerLenientAccuracy)),
                ("names_n", .int(names)), ("names_acc", .double(nameAccuracy)),
            ]
            if let spanPairs { speaker += [("ggtspan_n", .int(spanPairs)), ("ggtspan_acc", .double(spanAccuracy))] }
            return .object([("all", all.json), ("direct", direct.json), ("speaker", .object(speaker))])
        }
    }

    /// The figures for quotes, one level per threshold.
    public struct Report: Sendable, Hashable {
        public var levels: [Level]

        /// Keyed by the threshold as Python prints it ("0.3", "0.8").
        public var json: JSONValue { .object(levels.map { ($0.threshold.description, $0.json) }) }
    }

    /// Scores every document's quotes at each of ``thresholds``.
    public static func score(_ documents: [DocumentPair<EvalDocument.Quote>]) -> Report {
        let withSpans = documents.contains { $0.predicted.contains { $0.speakerSpan != nil } }
        return Report(levels: thresholds.map { threshold in
            var level = Level(threshold: threshold)
            if withSpans { level.spanPairs = 0 }
            for document in documents { add(document, to: &level) }
            return level
        })
    }

    private static func add(_ document: DocumentPair<EvalDocument.Quote>, to level: inout Level) {
        let pairs = ThresholdMatching.pairs(gold: document.gold, predicted: document.predicted, threshold: level.threshold)
        level.all = level.all + PRFScore(gold: document.gold.count, predicted: document.predicted.count, matched: pairs.count)
        let directGold = document.gold.filter(\.direct), directPredicted = document.predicted.filter(\.direct)
        let directPairs = ThresholdMatching.pairs(gold: directGold, predicted: directPredicted, threshold: level.threshold)
        level.direct = level.direct + PRFScore(gold: directGold.count, predicted: directPredicted.count, matched: directPairs.count)
        for pair in pairs {
            let gold = document.gold[pair.gold], predicted = document.predicted[pair.predicted]
            if let speaker = gold.speaker, !speaker.isEmpty {
                let correct = SpeakerName.matches(speaker, predicted.speaker)
                level.speakers += 1
                if correct { level.speakersCorrect += 1 }
                if SpeakerName.matchesLeniently(speaker, predicted.speaker) { level.speakersLenient += 1 }
                if SpeakerName.looksLikeName(speaker) {
                    level.names += 1
                    if correct { level.namesCorrect += 1 }
                }
            }
            if level.spanPairs != nil {
                level.spanPairs! += 1
                if speakerSpansAgree(gold.speakerSpan, predicted.speakerSpan) { level.spanCorrect += 1 }
            }
        }
    }

    /// GGT's rule: the speaker spans overlap by a byte, or neither quote has one.
    public static func speakerSpansAgree(_ gold: ByteSpan?, _ predicted: ByteSpan?) -> Bool {
        switch (gold, predicted) {
        case (nil, nil): return true
        case let (gold?, predicted?): return SpanMatching.overlapLength(gold, predicted) > 0
        default: return false
        }
    }
}
