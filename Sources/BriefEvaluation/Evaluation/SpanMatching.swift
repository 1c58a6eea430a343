import BriefCore

/// Pairs gold and predicted spans one to one, as the reference scorer's persons and timexes do.
public enum SpanMatching {
    /// Identical spans: each gold span, in order, takes the first unpaired prediction with its span.
    public static func strict(gold: [some SpannedItem], predicted: [some SpannedItem]) -> [MatchedPair] {
        var waiting: [ByteSpan: [Int]] = [:]
        for (index, item) in predicted.enumerated() { waiting[item.span, default: []].append(index) }
        var taken: [ByteSpan: Int] = [:]
        var pairs: [MatchedPair] = []
        for (index, item) in gold.enumerated() {
            guard let candidates = waiting[item.span] else { continue }
            let next = taken[item.span, default: 0]
            guard next < candidates.count else { continue }
            taken[item.span] = next + 1
            pairs.append(MatchedPair(gold: index, predicted: candidates[next]))
        }
        return pairs
    }

    /// Any overlap of at least one byte: the strict pairs first, then the remaining overlapping pairs
    /// greedily by decreasing overlap (ties: earlier gold, then earlier prediction).
    public static func relaxed(gold: [some SpannedItem], predicted: [some SpannedItem]) -> [MatchedPair] {
        var pairs = strict(gold: gold, predicted: predicted)
        var usedGold = Set(pairs.map(\.gold)), usedPredicted = Set(pairs.map(\.predicted))
        var candidates: [(overlap: Int, gold: Int, predicted: Int)] = []
        for (goldIndex, goldItem) in gold.enumerated() where !usedGold.contains(goldIndex) {
            for (predictedIndex, predictedItem) in predicted.enumerated() where !usedPredicted.contains(predictedIndex) {
                let overlap = overlapLength(goldItem.span, predictedItem.span)
                if overlap > 0 { candidates.append((overlap, goldIndex, predictedIndex)) }
            }
        }
        candidates.sort { a, b in (-a.overlap, a.gold, a.predicted) < (-b.overlap, b.gold, b.predicted) }
        for candidate in candidates where !usedGold.contains(candidate.gold) && !usedPredicted.contains(candidate.predicted) {
            usedGold.insert(candidate.gold)
            usedPredicted.insert(candidate.predicted)
            pairs.append(MatchedPair(gold: candidate.gold, predicted: candidate.predicted))
        }
        return pairs
    }

    /// How many bytes the two spans share (0 when disjoint).
    public static func overlapLength(_ a: ByteSpan, _ b: ByteSpan) -> Int {
        max(0, min(a.end, b.end) - max(a.start, b.start))
    }
}
