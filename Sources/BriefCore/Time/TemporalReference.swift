/// A TIMEX3 value that points at the present, the past or the future without a date.
public enum TemporalReference: String, Sendable, Hashable, Codable {
    case present = "PRESENT_REF", past = "PAST_REF", future = "FUTURE_REF"
}
