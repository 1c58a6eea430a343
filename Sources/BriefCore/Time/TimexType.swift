/// The TimeML TIMEX3 type of a temporal expression.
public enum TimexType: String, Sendable, Hashable, Codable {
    /// A calendar date or period: "September 4", "last month", "2025-Q3".
    case date = "DATE"
    /// A time of day, possibly with a date: "10 a.m.", "Tuesday morning".
    case time = "TIME"
    /// A length of time: "two weeks", "a three-and-a-half-year war".
    case duration = "DURATION"
    /// A recurring time: "daily", "every week".
    case set = "SET"
}
