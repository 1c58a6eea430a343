/// Answers "does this span share a byte with any of these spans?" in logarithmic time: a sentence
/// asks it of its paragraph's quotations, and a paragraph of a hundred thousand sentences and as many
/// quotations must not compare every pair.
struct SpanOverlapIndex: Sendable {
    /// The spans' starts, in ascending order.
    private let starts: [Int]
    /// The largest end among the spans up to and including each position of ``starts``.
    private let reach: [Int]

    /// An index of `spans`, in any order.
    init(_ spans: [ByteSpan]) {
        let sorted = spans.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var reach: [Int] = []
        reach.reserveCapacity(sorted.count)
        var farthest = Int.min
        for span in sorted {
            farthest = max(farthest, span.end)
            reach.append(farthest)
        }
        self.reach = reach
    }

    /// Whether any indexed span overlaps `span` (``ByteSpan/overlaps(_:)``): among the spans that
    /// start before `span` ends, one ends after it starts.
    func overlapsAny(_ span: ByteSpan) -> Bool {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < span.end { low = middle + 1 } else { high = middle }
        }
        return low > 0 && reach[low - 1] > span.start
    }
}
