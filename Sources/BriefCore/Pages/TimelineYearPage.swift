/// One year of the timeline (`timeline/YYYY/`): the year's dated events in order, grouped by month
/// (coarser periods — quarters, seasons, the year — form groups of their own), each date at its true
/// precision, upcoming events marked against the newest article, with links to the previous and next
/// years and back to the overview.
public enum TimelineYearPage {
    /// One page per year that has events, earliest first.
    public static func pages(_ briefing: Briefing, index: BriefingIndex) -> [Page] {
        let years = TimelineYear.split(briefing.timeline)
        return years.indices.map { page(years, at: $0, index: index, newest: briefing.newestDate) }
    }

    /// The page of `years[position]`, linking to its neighbours in `years`.
    static func page(_ years: [TimelineYear], at position: Int, index: BriefingIndex, newest: CalendarDate?) -> Page {
        let year = years[position]
        let route = TimelineRoutes.year(year.year)
        return Page(route: route, template: "timeline-year", title: "Timeline \(year.year)", context: [
            "year": .string(String(year.year)),
            "eventCount": .string(Plural.count(year.events.count, "event")),
            "groups": .list(groups(year.events, from: route, index: index, newest: newest)),
            "previous": neighbour(years, at: position - 1, from: route),
            "next": neighbour(years, at: position + 1, from: route),
            "overview": .string(route.link(to: TimelineRoutes.overview)),
            "newestDate": .optional(newest.map(DateDisplay.long)),
            "strip": .optional(TimelineStrip.svg(year.events, newest: newest, limit: TimelinePage.stripLimit)),
        ])
    }

    /// The year at `position` with its link from `page`, or false past either end.
    static func neighbour(_ years: [TimelineYear], at position: Int, from page: Route) -> TemplateValue {
        guard years.indices.contains(position) else { return .bool(false) }
        let year = years[position].year
        return ["year": .string(String(year)), "link": .string(page.link(to: TimelineRoutes.year(year)))]
    }

    /// The groups of `events` (one year's), each with its label, anchor and entries, in order.
    static func groups(_ events: [TimelineEvent], from page: Route, index: BriefingIndex, newest: CalendarDate?) -> [TemplateValue] {
        var groups: [(label: String, entries: [TemplateValue])] = []
        for event in events {
            let label = TimelinePage.groupLabel(event)
            if groups.last?.label != label { groups.append((label, [])) }
            groups[groups.count - 1].entries.append(TimelinePage.entry(event, from: page, index: index, newest: newest))
        }
        return groups.map { group in
            ["label": .string(group.label), "anchor": .string(TimelineRoutes.anchor(ofGroup: group.label)),
             "entries": .list(group.entries)]
        }
    }
}
