/// The events of one month of the timeline (`timeline/YYYY/MM/`), by their first day; or, with no
/// month, the events of a year dated only to a longer period — a quarter, a half, a season, the
/// year itself, a decade (`timeline/YYYY/periods/`). What one timeline month page shows.
public struct TimelineMonth: Sendable, Hashable {
    /// The year of the events' first day.
    public let year: Int
    /// The month, 1 to 12, or nil for the year's longer periods.
    public let month: Int?
    /// The events, in the timeline's order.
    public let events: IndexedList<TimelineEvent>

    /// The month of `event` in its year: nil for a period longer than a month, or when it has no first day.
    static func month(of event: TimelineEvent) -> Int? {
        event.granularity > .month ? nil : event.date.firstDay?.month
    }

    /// `events` cut by year and month, earliest first; each year's longer periods come before its
    /// months, as they start on or before its first day. Events without a first day are on no page.
    public static func split(_ events: [TimelineEvent]) -> [TimelineMonth] {
        var byKey: [Key: [Int32]] = [:]
        for (position, event) in events.enumerated() {
            guard let year = TimelineRoutes.year(of: event) else { continue }
            byKey[Key(year: year, month: month(of: event)), default: []].append(Int32(position))
        }
        return byKey.keys.sorted().map { TimelineMonth(year: $0.year, month: $0.month, events: IndexedList(events, positions: byKey[$0] ?? [])) }
    }

    /// "September 2025", or "Longer periods of 2025".
    public var label: String {
        month.map { "\(DateDisplay.monthNames[$0 - 1]) \(year)" } ?? "Longer periods of \(year)"
    }

    /// Where the month's first page lives.
    public var route: Route {
        month.map { TimelineRoutes.month(year, $0) } ?? TimelineRoutes.periods(year)
    }

    /// A month's place in the timeline: by year, the longer periods before the months.
    struct Key: Hashable, Comparable {
        let year: Int
        let month: Int?

        static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.year, lhs.month ?? 0) < (rhs.year, rhs.month ?? 0)
        }
    }
}
