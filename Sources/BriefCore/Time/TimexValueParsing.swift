extension TimexValue {
    /// Reads a TIMEX3 value string back (`2025-09-04`, `2025-W36`, `2025-Q3`, `2025-SU`, `P3Y6M`, ...);
    /// anything it does not know becomes `.unresolved` with the string kept.
    public init(timeML text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if let reference = TemporalReference(rawValue: text) { self = .reference(reference); return }
        if text.hasPrefix("P") { self = .duration(text); return }
        guard let year = Int(parts[0]), parts[0].count == 4 else {
            if parts.count == 1, parts[0].count == 4, parts[0].hasSuffix("X"), let decade = Int(parts[0].dropLast()) {
                self = .decade(decade, marked: true)
            } else if parts.count == 1, parts[0].count == 3, let decade = Int(parts[0]) {
                self = .decade(decade, marked: false)
            } else {
                self = .unresolved(text)
            }
            return
        }
        self = Self.parse(year: year, rest: Array(parts.dropFirst())) ?? .unresolved(text)
    }

    private static func parse(year: Int, rest: [String]) -> TimexValue? {
        guard let second = rest.first else { return .year(year) }
        if second.hasPrefix("W"), let week = Int(second.dropFirst()).flatMap({ ISOWeek(year: year, week: $0) }) {
            return rest.count > 1 && rest[1] == "WE" ? .weekend(week) : .week(week)
        }
        if second.hasPrefix("Q"), let quarter = Int(second.dropFirst()), (1...4).contains(quarter) { return .quarter(year: year, quarter: quarter) }
        if second.hasPrefix("H"), let half = Int(second.dropFirst()), (1...2).contains(half) { return .half(year: year, half: half) }
        if let season = Season(rawValue: second) { return .season(year: year, season: season) }
        guard let month = Int(second), (1...12).contains(month) else { return nil }
        guard rest.count > 1 else { return .month(year: year, month: month) }
        let dayAndTime = rest[1].split(separator: "T", maxSplits: 1).map(String.init)
        guard let day = Int(dayAndTime[0]), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        guard dayAndTime.count > 1 else { return .day(date) }
        if let part = PartOfDay(rawValue: dayAndTime[1]) { return .dayTime(date, .part(part)) }
        let clock = dayAndTime[1].split(separator: ":").map(String.init)
        guard clock.count == 2, let hour = Int(clock[0]) else { return nil }
        let zone = clock[1].hasSuffix("Z") ? "Z" : ""
        guard let minute = Int(clock[1].prefix(2)) else { return nil }
        return .dayTime(date, .clock(hour: hour, minute: minute, zone: zone))
    }
}
