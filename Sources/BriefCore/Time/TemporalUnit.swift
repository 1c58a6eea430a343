/// A unit of time as temporal expressions name it ("days", "a three-year war", "next quarter").
public enum TemporalUnit: String, Sendable, Hashable {
    case minute, hour, day, week, weekend, month, quarter, year, decade, century

    /// The TIMEX3 duration designator and how many of it one unit is: `(D, 1)`, `(Y, 10)` for a decade.
    var durationDesignator: (letter: String, multiple: Int, isTime: Bool) {
        switch self {
        case .minute: ("M", 1, true)
        case .hour: ("H", 1, true)
        case .day: ("D", 1, false)
        case .week: ("W", 1, false)
        case .weekend: ("WE", 1, false)
        case .month: ("M", 1, false)
        case .quarter: ("Q", 1, false)
        case .year: ("Y", 1, false)
        case .decade: ("DE", 1, false)
        case .century: ("CE", 1, false)
        }
    }
}
