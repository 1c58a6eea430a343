import Testing
@testable import BriefCore

@Suite struct TimexNormalizerTests {
    private let wednesday = TimexTestSupport.day(2025, 9, 3)

    @Test func tenseDecidesBareWeekday() {
        #expect(TimexTestSupport.value("Monday", in: "The envoys met on Monday.") == "2025-09-01")
        #expect(TimexTestSupport.value("Monday", in: "The envoys will meet on Monday.") == "2025-09-08")
        #expect(TimexTestSupport.value("Friday", in: "The envoys are expected to meet on Friday.") == "2025-09-05")
        #expect(TimexTestSupport.value("last Monday", in: "It opened last Monday.") == "2025-09-01")
        #expect(TimexTestSupport.value("Wednesday", in: "He said Wednesday that it was over.") == "2025-09-03")
    }

    @Test func tenseDecidesMonthWithoutYear() {
        #expect(TimexTestSupport.value("September 4", in: "Leaders will meet on September 4.") == "2025-09-04")
        #expect(TimexTestSupport.value("January 10", in: "Leaders met on January 10.") == "2025-01-10")
        #expect(TimexTestSupport.value("January 10", in: "Leaders will meet on January 10.") == "2026-01-10")
        #expect(TimexTestSupport.value("November", in: "Prices fell sharply in November.") == "2024-11")
        #expect(TimexTestSupport.value("November", in: "Elections will be held in November.") == "2025-11")
        #expect(TimexTestSupport.value("August", in: "Output dropped in August.") == "2025-08")
    }

    @Test func weekAndYearBoundaries() {
        let newYearsEve = TimexTestSupport.day(2020, 12, 31)
        #expect(TimexTestSupport.value("this week", in: "Shops close this week.", newYearsEve) == "2020-W53")
        #expect(TimexTestSupport.value("next week", in: "Shops reopen next week.", newYearsEve) == "2021-W01")
        #expect(TimexTestSupport.value("last week", in: "Shops closed last week.", TimexTestSupport.day(2021, 1, 3)) == "2020-W52")
        #expect(TimexTestSupport.value("this week", in: "Shops close this week.", TimexTestSupport.day(2024, 12, 30)) == "2025-W01")
        #expect(TimexTestSupport.value("last month", in: "It rained last month.", TimexTestSupport.day(2025, 1, 10)) == "2024-12")
        #expect(TimexTestSupport.value("January 2", in: "The plant will reopen on January 2.", TimexTestSupport.day(2025, 12, 30)) == "2026-01-02")
        #expect(TimexTestSupport.value("yesterday", in: "It fell yesterday.", TimexTestSupport.day(2025, 1, 1)) == "2024-12-31")
    }

    @Test func leapDays() {
        #expect(TimexTestSupport.value("February 29", in: "The law passed on February 29.", TimexTestSupport.day(2025, 3, 10)) == "2024-02-29")
        #expect(TimexTestSupport.value("February 29", in: "The law takes effect on February 29.", TimexTestSupport.day(2027, 1, 5)) == "2028-02-29")
        #expect(TimexTestSupport.value("tomorrow", in: "It opens tomorrow.", TimexTestSupport.day(2024, 2, 28)) == "2024-02-29")
        #expect(TimexTestSupport.value("A year earlier", in: "Sales hit a record on Feb. 29, 2024. A year earlier they were flat.") == "2023-02-28")
    }

    @Test func undatedTextStaysUnresolved() {
        let timexes = TimexTagger.timexes(in: "They met on September 4 and will meet again next week.", anchor: nil)
        #expect(timexes.map(\.value.description) == ["XXXX-09-04", "XXXX-WXX"])
        #expect(timexes.allSatisfy { !$0.isResolved })
        #expect(TimexTagger.timexes(in: "It happened in 2019.", anchor: nil).first?.isResolved == true)
    }

    @Test func shiftsFollowTheLastDateMentioned() {
        #expect(TimexTestSupport.value("A year earlier", in: "Profit rose in the third quarter. A year earlier it fell.") == "2024-Q3")
        #expect(TimexTestSupport.value("two weeks ago", in: "The strike began two weeks ago.") == "2025-08-20")
    }
}
