import BriefCore

/// Precision, recall and F1 from counts, micro-averaged; a ratio with a zero denominator is 0.
public struct PRFScore: Sendable, Hashable {
    public let gold: Int
    public let predicted: Int
    /// Matched pairs (true positives).
    public let matched: Int

    /// Creates the value from its parts.
    public init(gold: Int, predicted: Int, matched: Int) {
        self.gold = gold
        self.predicted = predicted
        self.matched = matched
    }

    /// matched / #predicted.
    public var precision: Double { predicted > 0 ? Double(matched) / Double(predicted) : 0 }
    /// matched / #gold.
    public var recall: Double { gold > 0 ? Double(matched) / Double(gold) : 0 }
    /// 2PR / (P + R).
    public var f1: Double {
        let p = precision, r = recall
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// The reference scorer's keys: gold, pred, tp, p, r, f1.
    public var json: JSONValue {
        .object([("gold", .int(gold)), ("pred", .int(predicted)), ("tp", .int(matched)),
                 ("p", .double(precision)), ("r", .double(recall)), ("f1", .double(f1))])
    }

    /// The sum of two counts.
    public static func + (a: PRFScore, b: PRFScore) -> PRFScore {
        PRFScore(gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched)
    }

    /// No items at all.
    public static let zero = PRFScore(gold: 0, predicted: 0, matched: 0)
}
