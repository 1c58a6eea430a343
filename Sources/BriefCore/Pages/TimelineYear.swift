/// The events of one calendar year, by their first day: what one timeline year page shows.
public struct TimelineYear: Sendable, Equatable {
    /// The year.
    public let year: Int
    /// Its events, in the timeline's order.
    public let events: [TimelineEvent]

    /// `events` split by the year of their first day, earliest year first; events without a first
    /// day belong to no year and are left out, as the timeline always did.
    public static func split(_ events: [TimelineEvent]) -> [TimelineYear] {
        var byYear: [Int: [TimelineEvent]] = [:]
        for event in events {
            guard let year = TimelineRoutes.year(of: event) else { continue }
            byYear[year, default: []].append(event)
        }
        return byYear.keys.sorted().map { TimelineYear(year: $0, events: byYear[$0] ?? []) }
    }
}
