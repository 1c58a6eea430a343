import Testing
@testable import BriefCore

@Suite struct CalendarDateArithmeticTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    @Test func dayNumberRoundTrips() {
        #expect(day(1970, 1, 1).dayNumber == 0)
        #expect(day(2000, 3, 1).dayNumber - day(2000, 2, 28).dayNumber == 2)
        for n in stride(from: -700_000, to: 2_000_000, by: 997) {
            #expect(CalendarDate(dayNumber: n)!.dayNumber == n)
        }
    }

    @Test func weekdays() {
        #expect(day(2025, 9, 3).weekday == 3)   // Wednesday
        #expect(day(2024, 2, 29).weekday == 4)  // Thursday
        #expect(day(1969, 12, 31).weekday == 3)
    }

    @Test func leapDays() {
        #expect(day(2024, 2, 28).adding(days: 1) == day(2024, 2, 29))
        #expect(day(2025, 2, 28).adding(days: 1) == day(2025, 3, 1))
        #expect(day(2024, 2, 29).adding(years: 1) == day(2025, 2, 28))
        #expect(day(2024, 2, 29).adding(years: 4) == day(2028, 2, 29))
        #expect(day(2025, 1, 31).adding(months: 1) == day(2025, 2, 28))
        #expect(day(2025, 1, 15).adding(months: -1) == day(2024, 12, 15))
        #expect(day(1900, 2, 28).adding(days: 1) == day(1900, 3, 1))
    }
}
