/// A day in the proleptic Gregorian calendar, without time zone: what an article's `date` names.
/// Held in four bytes: every event, quotation page and article date holds one.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    private let _year: Int16
    private let _month: UInt8
    private let _day: UInt8

    /// The year, 1 to 9999.
    public var year: Int { Int(_year) }
    /// The month, 1 to 12.
    public var month: Int { Int(_month) }
    /// The day of the month, from 1.
    public var day: Int { Int(_day) }

    /// Creates a date, or returns nil when the day does not exist (2025-02-29, 2025-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        _year = Int16(year)
        _month = UInt8(month)
        _day = UInt8(day)
    }

    private enum CodingKeys: String, CodingKey {
        case _year = "year", _month = "month", _day = "day"
    }

    /// `YYYY-MM-DD`, zero-padded.
    public var description: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
