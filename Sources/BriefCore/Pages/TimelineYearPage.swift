/// One year of the timeline (`timeline/YYYY/`), as an overview of its months: the strip of the
/// year's events, then each month — and the year's longer periods — with its count of events, its
/// most reported events and a link to its page (``TimelineMonthPage``), where every event is listed;
/// links to the previous and next years and back to the overview.
public enum TimelineYearPage {
    /// How many of a month's events the year page shows: those the most articles report.
    static let topLimit = 3

    /// One page per year that has events, earliest first.
    public static func pages(_ briefing: Briefing, index: BriefingIndex) -> [Page] {
        let years = TimelineYear.split(index.timelineMonths)
        let newest = index.datedSpan?.upperBound
        return years.indices.map { page(years, at: $0, index: index, newest: newest) }
    }

    /// The page of `years[position]`, linking to its neighbours in `years`.
    static func page(_ years: [TimelineYear], at position: Int, index: BriefingIndex, newest: CalendarDate?) -> Page {
        let year = years[position]
        let route = TimelineRoutes.year(year.year)
        let events = year.months.flatMap(\.events)
        return Page(route: route, template: "timeline-year", title: "Timeline \(year.year)", context: [
            "year": .string(String(year.year)),
            "eventCount": .string(Plural.count(year.eventCount, "event")),
            "months": .list(year.months.map { month($0, from: route, index: index, newest: newest) }),
            "previous": neighbour(years, at: position - 1, from: route),
            "next": neighbour(years, at: position + 1, from: route),
            "overview": .string(route.link(to: TimelineRoutes.overview)),
            "newestDate": .optional(newest.map(DateDisplay.long)),
            "strip": .optional(TimelineStrip.svg(events, newest: newest, limit: TimelinePage.stripLimit)),
        ])
    }

    /// The year at `position` with its link from `page`, or false past either end.
    static func neighbour(_ years: [TimelineYear], at position: Int, from page: Route) -> TemplateValue {
        guard years.indices.contains(position) else { return .bool(false) }
        let year = years[position].year
        return ["year": .string(String(year)), "link": .string(page.link(to: TimelineRoutes.year(year)))]
    }

    /// A month's line: label, anchor, link, count, and its most reported events in order.
    static func month(_ month: TimelineMonth, from page: Route, index: BriefingIndex, newest: CalendarDate?) -> TemplateValue {
        let top = topEvents(Array(month.events))
        return [
            "label": .string(month.label),
            "anchor": .string(TimelineRoutes.anchor(ofGroup: month.label)),
            "link": .string(page.link(to: month.route)),
            "count": .string(Plural.count(month.events.count, "event")),
            "isPeriods": .bool(month.month == nil),
            "entries": .list(top.map { TimelinePage.entry($0, from: page, index: index, newest: newest) }),
            "hasMore": .bool(month.events.count > top.count),
        ]
    }

    /// The `topLimit` events the most articles report (the earlier on a tie), in timeline order.
    static func topEvents(_ events: [TimelineEvent]) -> [TimelineEvent] {
        let ranked = events.indices.sorted { (events[$1].sources.count, $0) < (events[$0].sources.count, $1) }
        return ranked.prefix(topLimit).sorted().map { events[$0] }
    }
}
