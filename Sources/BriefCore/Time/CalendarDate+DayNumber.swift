/// Day arithmetic on ``CalendarDate``: a day number, weekdays, and adding days, months and years.
extension CalendarDate {
    /// Days since 1970-01-01 (negative before): a continuous count to add to and compare.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01, or nil outside years 1...9999.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// ISO 8601 weekday: 1 = Monday ... 7 = Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// The date `days` days later (earlier when negative), or nil outside years 1...9999.
    public func adding(days: Int) -> CalendarDate? {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The same day `months` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
    public func adding(months: Int) -> CalendarDate? {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        guard (1...9999).contains(newYear) else { return nil }
        return CalendarDate(year: newYear, month: newMonth,
                            day: min(day, CalendarDate.daysIn(month: newMonth, year: newYear)))
    }

    /// The same day `years` years later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CalendarDate? {
        adding(months: years * 12)
    }

    /// The ISO 8601 week this day belongs to (which may be in the previous or next year).
    public var isoWeek: ISOWeek { ISOWeek(containing: self) }

    /// The quarter of the year, 1...4.
    public var quarter: Int { (month - 1) / 3 + 1 }
}
