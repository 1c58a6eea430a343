/// A normalised TIMEX3 value: a calendar period at some precision, a reference to the present,
/// past or future, a duration, a set, or a value left unresolved for want of an anchor date.
public enum TimexValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case day(CalendarDate)
    /// A day with a part of the day or a clock time: `2025-09-02TMO`, `2025-09-02T10:00`. Boxed: it is
    /// rare, and held inline it would triple the size of every value (every event holds one).
    indirect case dayTime(CalendarDate, TimeOfDay)
    case week(ISOWeek)
    /// Saturday and Sunday of an ISO week: `2025-W36-WE`.
    case weekend(ISOWeek)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    /// First or second half of a year: `2025-H1`.
    case half(year: Int, half: Int)
    case season(year: Int, season: Season)
    case year(Int)
    /// A decade by its first three digits: `199` for "the 1990s"; `marked` writes it `199X`, as
    /// TimeBank does for a decade named without an article ("1990s", "a few years ago").
    case decade(Int, marked: Bool)
    /// `PRESENT_REF`, `PAST_REF` or `FUTURE_REF`.
    case reference(TemporalReference)
    /// A TIMEX3 duration as written in the value, e.g. `P3Y6M`, `PT2H`, `PXY`.
    case duration(String)
    /// A TIMEX3 set value, e.g. `P1D` for "daily", `XXXX-WXX-1` for "every Monday".
    case set(String)
    /// A value that needs the article's date to resolve, written with `X` placeholders (`XXXX-09-04`).
    case unresolved(String)

    /// The TIMEX3 `value` attribute.
    public var description: String {
        switch self {
        case .day(let date): date.description
        case let .dayTime(date, time): "\(date)T\(time)"
        case .week(let week): week.description
        case .weekend(let week): "\(week)-WE"
        case let .month(year, month): "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
        case let .quarter(year, quarter): "\(CalendarDate.pad(year, 4))-Q\(quarter)"
        case let .half(year, half): "\(CalendarDate.pad(year, 4))-H\(half)"
        case let .season(year, season): "\(CalendarDate.pad(year, 4))-\(season.rawValue)"
        case .year(let year): CalendarDate.pad(year, 4)
        case let .decade(decade, marked): CalendarDate.pad(decade, 3) + (marked ? "X" : "")
        case .reference(let reference): reference.rawValue
        case .duration(let value), .set(let value), .unresolved(let value): value
        }
    }

    /// The precision of a calendar value; nil for references, durations, sets and unresolved values.
    public var granularity: Granularity? {
        switch self {
        case .day: .day
        case .dayTime: .time
        case .week, .weekend: .week
        case .month: .month
        case .quarter, .half: .quarter
        case .season: .season
        case .year: .year
        case .decade: .decade
        case .reference, .duration, .set, .unresolved: nil
        }
    }

    /// Whether the value names a place on the calendar (what can date an event).
    public var isCalendarValue: Bool { granularity != nil }

    /// The first day of the period, for ordering and for "is it after the article's date?".
    public var firstDay: CalendarDate? {
        switch self {
        case .day(let date), .dayTime(let date, _): date
        case .week(let week): week.monday
        case .weekend(let week): week.monday.adding(days: 5)
        case let .month(year, month): CalendarDate(year: year, month: month, day: 1)
        case let .quarter(year, quarter): CalendarDate(year: year, month: quarter * 3 - 2, day: 1)
        case let .half(year, half): CalendarDate(year: year, month: half * 6 - 5, day: 1)
        case let .season(year, season): CalendarDate(year: year, month: season.firstMonth, day: 1)
        case .year(let year): CalendarDate(year: year, month: 1, day: 1)
        case .decade(let decade, _): CalendarDate(year: max(1, decade * 10), month: 1, day: 1)
        case .reference, .duration, .set, .unresolved: nil
        }
    }

    /// The last day of the period.
    public var lastDay: CalendarDate? {
        switch self {
        case .day(let date), .dayTime(let date, _): date
        case .week(let week), .weekend(let week): week.monday.adding(days: 6)
        case let .month(year, month): CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
        case let .quarter(year, quarter): CalendarDate(year: year, month: quarter * 3, day: CalendarDate.daysIn(month: quarter * 3, year: year))
        case let .half(year, half): CalendarDate(year: year, month: half * 6, day: 30 + (half == 2 ? 1 : 0))
        case let .season(year, season): CalendarDate(year: year, month: season.firstMonth, day: 1)?.adding(months: 3)?.adding(days: -1)
        case .year(let year): CalendarDate(year: year, month: 12, day: 31)
        case .decade(let decade, _): CalendarDate(year: decade * 10 + 9, month: 12, day: 31)
        case .reference, .duration, .set, .unresolved: nil
        }
    }

    /// The TIMEX3 type this value is written with when nothing else decides it.
    public var defaultType: TimexType {
        switch self {
        case .dayTime: .time
        case .duration: .duration
        case .set: .set
        default: .date
        }
    }
}
