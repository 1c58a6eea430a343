import Testing
@testable import BriefCore

@Suite struct PublicationDateTests {
    @Test func parsesPlainDates() throws {
        let date = try #require(PublicationDate.parse("2025-09-03"))
        #expect(date.day == CalendarDate(year: 2025, month: 9, day: 3))
        #expect(date.time == nil)
        #expect(date.description == "2025-09-03")
    }

    @Test(arguments: ["2025-09-03T14:30:00Z", "2025-09-03T14:30:00+02:00", "2025-09-03 14:30", "2025-09-03T14:30:00.250-0500"])
    func parsesISO8601WithATime(_ text: String) throws {
        let date = try #require(PublicationDate.parse(text))
        #expect(date.day.description == "2025-09-03")
        #expect(date.time != nil)
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "03/09/2025", "September 3, 2025", "2025-09-03T25:00", "2025-09-03Tnoon", ""])
    func rejectsWhatIsNotADate(_ text: String) {
        #expect(PublicationDate.parse(text) == nil)
    }

    @Test func knowsLeapYears() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func ordersByDayThenTime() throws {
        let a = try #require(PublicationDate.parse("2025-09-03"))
        let b = try #require(PublicationDate.parse("2025-09-03T08:00"))
        let c = try #require(PublicationDate.parse("2025-09-04"))
        #expect(a < b && b < c)
    }
}
