import Testing
@testable import BriefCore

/// The recogniser tries only ``TimexRecognizer/narrowedPatterns`` at "the", "a", "an" and "at": every
/// other pattern must return nil there, whatever follows.
@Suite struct TimexPatternNarrowingTests {
    static let texts = [
        "The talks resumed on the 4th of July and the third quarter of 2024 was weak.",
        "In the 1990s, the mid-1990s and the '90s, the past three months, the past, the future of it.",
        "The weekend, the year ended Sept. 30, the fiscal year ending June 30, the latest quarter, the year-ago period.",
        "The summer of 2025, the spring, the first half, the final quarter, the most recent quarter, the next two weeks.",
        "A year earlier, an hour later, a few weeks ago, a couple of days, a two-year term, an 18-month plan, a day.",
        "At present, at 10 a.m., at noon, at midnight, at the time, at 6:30 p.m. Monday, at Christmas.",
        "The Monday meeting, the May 4 vote, the 10th, the fourth of June, the tenth day, the same day, the 12 months.",
        "A Monday, an August morning, a 2025 report, an annual review, a daily paper, a decade, an era, the Christmas Day.",
        "THE YEAR, A WEEK, AN HOUR, AT NOON, the next year, the coming weeks, the previous decade, the following day.",
    ]

    @Test func narrowedPatternsMatchAllPatterns() {
        var checked = 0
        for text in Self.texts {
            let tokens = TokenStream(tokens: TimexTokenizer.tokens(in: text))
            for index in 0..<tokens.count {
                guard let word = tokens.word(index), let narrowed = TimexRecognizer.narrowedPatterns[word] else { continue }
                let all = TimexRecognizer.patterns.compactMap { $0(tokens, index) }
                let some = narrowed.compactMap { $0(tokens, index) }
                #expect(all.count == some.count, "\(word) at \(index) in \(text)")
                #expect(all.map(\.end) == some.map(\.end))
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}
