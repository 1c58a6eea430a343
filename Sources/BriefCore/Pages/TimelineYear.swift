/// The months of one calendar year that have events (the year's longer periods first): what one
/// timeline year page shows.
public struct TimelineYear: Sendable, Equatable {
    /// The year.
    public let year: Int
    /// Its months with events, in order.
    public let months: [TimelineMonth]

    /// How many events the year's months hold.
    public var eventCount: Int { months.reduce(0) { $0 + $1.events.count } }

    /// `months` gathered by year, earliest year first.
    public static func split(_ months: [TimelineMonth]) -> [TimelineYear] {
        var years: [Int] = []
        var groups: [[TimelineMonth]] = []
        for month in months {
            if years.last != month.year {
                years.append(month.year)
                groups.append([])
            }
            groups[groups.count - 1].append(month)
        }
        return zip(years, groups).map { TimelineYear(year: $0, months: $1) }
    }
}
