/// Formats dates for readers ("3 September 2025"), in English, without a clock or locale.
public enum DateDisplay {
    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// "3 September 2025".
    public static func long(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }
}
