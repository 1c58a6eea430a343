/// An ISO 8601 week: weeks start on Monday and week 1 is the week holding the year's first Thursday,
/// so 2020-12-31 and 2021-01-03 are in 2020-W53 and 2024-12-30 is in 2025-W01.
public struct ISOWeek: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The week-numbering year, which differs from the calendar year around New Year.
    public let year: Int
    /// 1...52 or 1...53.
    public let week: Int

    /// The week `week` of `year`, or nil when the year has no such week.
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The week holding `date`.
    public init(containing date: CalendarDate) {
        // The Thursday of the date's week decides the year.
        let thursday = date.dayNumber - date.weekday + 4
        let thursdayYear = CalendarDate(dayNumber: thursday)?.year ?? date.year
        let firstDay = CalendarDate(year: thursdayYear, month: 1, day: 1)?.dayNumber ?? thursday
        self.year = thursdayYear
        self.week = (thursday - firstDay) / 7 + 1
    }

    /// 52, or 53 when the year starts on a Thursday (or on a Wednesday in a leap year).
    public static func weeksIn(year: Int) -> Int {
        guard let first = CalendarDate(year: year, month: 1, day: 1) else { return 52 }
        let weekday = first.weekday
        return weekday == 4 || (weekday == 3 && CalendarDate.isLeap(year)) ? 53 : 52
    }

    /// The Monday that starts the week.
    public var monday: CalendarDate {
        let januaryFourth = CalendarDate(year: year, month: 1, day: 4)!
        let firstMonday = januaryFourth.dayNumber - januaryFourth.weekday + 1
        return CalendarDate(dayNumber: firstMonday + (week - 1) * 7)!
    }

    /// The week `weeks` weeks later (earlier when negative).
    public func adding(weeks: Int) -> ISOWeek? {
        monday.adding(days: weeks * 7).map(ISOWeek.init(containing:))
    }

    /// `YYYY-Www`, as TIMEX3 writes it.
    public var description: String { "\(CalendarDate.pad(year, 4))-W\(CalendarDate.pad(week, 2))" }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
