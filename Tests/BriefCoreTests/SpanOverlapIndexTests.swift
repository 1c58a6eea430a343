@testable import BriefCore
import Testing

/// ``SpanOverlapIndex`` answers as comparing the span with every indexed one would.
@Suite struct SpanOverlapIndexTests {
    @Test func agreesWithComparingEveryPair() {
        var generator = SeededGenerator(seed: 25)
        for _ in 0..<200 {
            let spans = (0..<Int.random(in: 0...12, using: &generator)).map { _ in
                let start = Int.random(in: 0...60, using: &generator)
                return ByteSpan(start: start, end: start + Int.random(in: 0...15, using: &generator))
            }
            let index = SpanOverlapIndex(spans.shuffled(using: &generator))
            for start in 0...80 {
                for length in 0...10 {
                    let probe = ByteSpan(start: start, end: start + length)
                    #expect(index.overlapsAny(probe) == spans.contains { $0.overlaps(probe) }, "\(spans) \(probe)")
                }
            }
        }
    }

    @Test func aSpanInsideALongOneOverlapsEvenAfterShortOnesStartLater() {
        let index = SpanOverlapIndex([ByteSpan(start: 0, end: 100), ByteSpan(start: 10, end: 12), ByteSpan(start: 50, end: 52)])
        #expect(index.overlapsAny(ByteSpan(start: 60, end: 70)))
        #expect(!index.overlapsAny(ByteSpan(start: 100, end: 110)))
        #expect(!SpanOverlapIndex([]).overlapsAny(ByteSpan(start: 0, end: 10)))
    }
}

/// A small deterministic generator (SplitMix64), so a failure repeats.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
