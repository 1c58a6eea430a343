import BriefCore

/// Pairs gold and predicted quotes as the Gender Gap Tracker's evaluation does (and the reference
/// scorer after it): the score of a pair is the overlap over the gold quote's length.
public enum ThresholdMatching {
    /// Gold quotes in order; each takes the still-unpaired prediction of highest score, provided the
    /// score is strictly greater than `threshold` (ties go to the earlier prediction).
    public static func pairs(gold: [some SpannedItem], predicted: [some SpannedItem], threshold: Double) -> [MatchedPair] {
        var remaining = Array(predicted.indices)
        var pairs: [MatchedPair] = []
        for (goldIndex, goldItem) in gold.enumerated() {
            let length = goldItem.span.length
            var best: Int?
            var bestScore = 0.0
            for (position, predictedIndex) in remaining.enumerated() {
                let overlap = SpanMatching.overlapLength(goldItem.span, predicted[predictedIndex].span)
                let score = length > 0 ? Double(overlap) / Double(length) : 0
                if score > threshold && score > bestScore {
                    best = position
                    bestScore = score
                }
            }
            if let best {
                pairs.append(MatchedPair(gold: goldIndex, predicted: remaining.remove(at: best)))
            }
        }
        return pairs
    }
}
