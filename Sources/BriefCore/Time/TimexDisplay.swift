/// Writes a date value at its true precision in English, for the timeline page:
/// "4 September 2025", "week of 1 September 2025", "August 2025", "summer 2025",
/// "third quarter of 2025", "2025".
public enum TimexDisplay {
    /// The English form of `value`.
    public static func english(_ value: TimexValue) -> String {
        switch value {
        case .day(let date): DateDisplay.long(date)
        case let .dayTime(date, time): "\(DateDisplay.long(date)), \(timeText(time))"
        case .week(let week): "week of \(DateDisplay.long(week.monday))"
        case .weekend(let week): "weekend of \(DateDisplay.long(week.monday.adding(days: 5) ?? week.monday))"
        case let .month(year, month): "\(DateDisplay.monthNames[month - 1]) \(year)"
        case let .quarter(year, quarter): "\(ordinals[quarter - 1]) quarter of \(year)"
        case let .half(year, half): "\(ordinals[half - 1]) half of \(year)"
        case let .season(year, season): "\(season.name) \(year)"
        case .year(let year): "\(year)"
        case .decade(let decade, _): "the \(decade * 10)s"
        case .reference(let reference): reference == .present ? "the present" : reference == .past ? "the past" : "the future"
        case .duration(let text), .set(let text), .unresolved(let text): text
        }
    }

    /// The English form of a TIMEX3 value string (as `site/data/timeline.json` stores it).
    public static func english(timeML: String) -> String {
        english(TimexValue(timeML: timeML))
    }

    private static let ordinals = ["first", "second", "third", "fourth"]

    private static func timeText(_ time: TimeOfDay) -> String {
        switch time {
        case .part(let part): part.name
        case let .clock(hour, minute, zone): "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))" + (zone == "Z" ? " UTC" : "")
        }
    }
}
