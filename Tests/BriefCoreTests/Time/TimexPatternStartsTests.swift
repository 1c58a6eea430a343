import Testing
@testable import BriefCore

/// The recogniser tries a pattern only at the tokens ``TimexPatternStarts`` says it can start at, and
/// at "the", "a", "an" and "at" only before the tokens it lists: every other pattern must return nil
/// there, whatever follows.
@Suite struct TimexPatternStartsTests {
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
        "On 2025-09-04 and 9/4/25 at 10am, 18:00 UTC and 3 p.m. EST, Nov. 9, we met; 4 September 2025 was a Thursday.",
        "Last night, this morning, yesterday afternoon, tonight, next Tuesday, last fall, this summer, in 2022, 2022's.",
        "Three days ago, several years ago, two weeks later, twenty-five years, 2.5 hours, 2 1/2 days, three-and-a-half years.",
        "Q3 2025, the Q4, third-quarter results, the first quarter of last year, every Monday, each week, weekly, nightly.",
        "Now, currently, recently, soon, as soon as, current events, recent years, these days, New Year's Eve, Thanksgiving.",
        "In March, since May, August Wilson, the year-earlier quarter, a-and-a-half, a hundred years, the 1990s, 1980s.",
        "Many people, one of them, a couple of weeks, two hundred years, ninety-nine days, few months, several, twelve.",
        "Dozens of ideas, a dozen years, one-year, two-and-a-half-year, many years earlier, numerous decades, fifty.",
    ]

    @Test func candidatesMatchAllPatterns() {
        var checked = 0
        for text in Self.texts {
            let tokens = TokenStream(text: text)
            for index in 0..<tokens.count {
                let all = TimexRecognizer.patterns.compactMap { $0(tokens, index) }
                var some: [(end: Int, meaning: TimexMeaning, type: TimexType)] = []
                if let candidates = TimexRecognizer.candidates(at: index, in: tokens),
                   candidates.next.map({ TimexRecognizer.dispatch.followers[$0].admits(tokens, index + 1) }) ?? true {
                    some = candidates.patterns.compactMap { $0(tokens, index) }
                }
                #expect(all.map(\.end) == some.map(\.end), "\(tokens.tokens[index].lower) at \(index) in \(text)")
                checked += all.isEmpty ? 0 : 1
            }
        }
        #expect(checked > 80)
    }
}
