/// The time part of a TIMEX3 `TIME` value: a part of the day or a clock time.
public enum TimeOfDay: Sendable, Hashable, Codable, CustomStringConvertible {
    case part(PartOfDay)
    /// 24-hour clock; `zone` is `Z` for UTC or empty.
    case clock(hour: Int, minute: Int, zone: String)

    /// The value after the `T`: `MO`, `10:00`, `18:00Z`.
    public var description: String {
        switch self {
        case .part(let part): part.rawValue
        case let .clock(hour, minute, zone): "\(CalendarDate.pad(hour, 2)):\(CalendarDate.pad(minute, 2))\(zone)"
        }
    }
}
