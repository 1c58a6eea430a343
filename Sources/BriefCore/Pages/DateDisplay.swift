/// Formats dates for readers ("3 September 2025"), in English, without a clock or locale.
public enum DateDisplay {
    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                                    "August", "September", "October", "November", "December"]

    /// "3 September 2025".
    public static func long(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "September 2025", or "March 2024 – September 2025" for a span of months.
    public static func months(_ first: CalendarDate, _ last: CalendarDate) -> String {
        let from = "\(monthNames[first.month - 1]) \(first.year)", to = "\(monthNames[last.month - 1]) \(last.year)"
        return from == to ? from : "\(from) – \(to)"
    }
}
