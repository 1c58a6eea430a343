import Testing
@testable import BriefCore

@Suite struct ISOWeekTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    @Test func weeksAroundNewYear() {
        #expect(day(2020, 12, 31).isoWeek.description == "2020-W53")
        #expect(day(2021, 1, 3).isoWeek.description == "2020-W53")
        #expect(day(2021, 1, 4).isoWeek.description == "2021-W01")
        #expect(day(2024, 12, 30).isoWeek.description == "2025-W01")
        #expect(day(2025, 9, 3).isoWeek.description == "2025-W36")
        #expect(day(2026, 1, 1).isoWeek.description == "2026-W01")
    }

    @Test func yearsWithFiftyThreeWeeks() {
        #expect(ISOWeek.weeksIn(year: 2020) == 53)
        #expect(ISOWeek.weeksIn(year: 2015) == 53)
        #expect(ISOWeek.weeksIn(year: 2025) == 52)
        #expect(ISOWeek(year: 2025, week: 53) == nil)
    }

    @Test func mondayAndArithmetic() {
        #expect(ISOWeek(year: 2025, week: 1)!.monday == day(2024, 12, 30))
        #expect(ISOWeek(year: 2025, week: 36)!.monday == day(2025, 9, 1))
        #expect(ISOWeek(year: 2020, week: 53)!.adding(weeks: 1)!.description == "2021-W01")
        #expect(ISOWeek(year: 2021, week: 1)!.adding(weeks: -1)!.description == "2020-W53")
    }
}
