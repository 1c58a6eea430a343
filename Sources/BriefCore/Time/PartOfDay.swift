/// A part of the day, with its TIMEX3 code (`MO`, `MI`, `AF`, `EV`, `NI`, `DT`).
public enum PartOfDay: String, Sendable, Hashable, Codable {
    case morning = "MO", midday = "MI", afternoon = "AF", evening = "EV", night = "NI", daytime = "DT"

    /// The English name ("morning").
    public var name: String {
        switch self {
        case .morning: "morning"
        case .midday: "midday"
        case .afternoon: "afternoon"
        case .evening: "evening"
        case .night: "night"
        case .daytime: "daytime"
        }
    }
}
