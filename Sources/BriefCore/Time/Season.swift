/// A season of the year, with its TIMEX3 code (`SP`, `SU`, `FA`, `WI`).
public enum Season: String, Sendable, Hashable, Codable, CaseIterable {
    case spring = "SP", summer = "SU", fall = "FA", winter = "WI"

    /// The English name, lower-case ("summer").
    public var name: String {
        switch self {
        case .spring: "spring"
        case .summer: "summer"
        case .fall: "autumn"
        case .winter: "winter"
        }
    }

    /// The first month of the (northern) season, for ordering: March, June, September, December.
    public var firstMonth: Int {
        switch self {
        case .spring: 3
        case .summer: 6
        case .fall: 9
        case .winter: 12
        }
    }

    /// The season a month falls in (northern hemisphere, meteorological).
    public static func of(month: Int) -> Season {
        switch month {
        case 3...5: .spring
        case 6...8: .summer
        case 9...11: .fall
        default: .winter
        }
    }
}
