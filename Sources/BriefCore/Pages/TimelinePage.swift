/// The timeline page (`timeline/`): every dated event in order, grouped by year and then by month
/// (coarser periods — quarters, seasons, years — form groups of their own), each date at its true
/// precision, upcoming events marked against the newest article, each entry linking to its sources.
public enum TimelinePage {
    /// The route of the timeline page.
    public static let route = Route(folder: "timeline")

    /// The page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let years = sections(briefing.timeline, from: route, index: index, newest: briefing.newestDate)
        return Page(route: route, template: "timeline", title: "Timeline", context: [
            "years": .list(years),
            "hasEvents": .bool(!briefing.timeline.isEmpty),
            "eventCount": .int(briefing.timeline.count),
            "newestDate": .optional(briefing.newestDate.map(DateDisplay.long)),
            "strip": .optional(TimelineStrip.svg(briefing.timeline, newest: briefing.newestDate)),
        ])
    }

    /// Year sections, each holding its groups of entries, in the timeline's order.
    static func sections(_ events: [TimelineEvent], from page: Route, index: BriefingIndex,
                         newest: CalendarDate?) -> [TemplateValue] {
        var years: [(year: Int, groups: [(label: String, entries: [TemplateValue])])] = []
        for event in events {
            guard let first = event.date.firstDay else { continue }
            let label = groupLabel(event)
            if years.last?.year != first.year { years.append((first.year, [])) }
            if years[years.count - 1].groups.last?.label != label { years[years.count - 1].groups.append((label, [])) }
            let entry = self.entry(event, from: page, index: index, newest: newest)
            years[years.count - 1].groups[years[years.count - 1].groups.count - 1].entries.append(entry)
        }
        return years.map { year in
            ["year": .string(String(year.year)), "anchor": .string("y\(year.year)"),
             "groups": .list(year.groups.map { ["label": .string($0.label), "entries": .list($0.entries)] })]
        }
    }

    /// "September 2025" for day, week and month events; the period itself for coarser ones.
    static func groupLabel(_ event: TimelineEvent) -> String {
        switch event.granularity {
        case .day, .time, .week, .month:
            guard let first = event.date.firstDay else { return TimexDisplay.english(event.date) }
            return "\(DateDisplay.monthNames[first.month - 1]) \(first.year)"
        default:
            return TimexDisplay.english(event.date)
        }
    }

    /// One event as the template shows it, with links to its sources' paragraphs and to its actors.
    static func entry(_ event: TimelineEvent, from page: Route, index: BriefingIndex, newest: CalendarDate?) -> TemplateValue {
        // Upcoming: after the newest article, and still to come in the article that reports it.
        let upcoming = event.scheduled && (newest.map { (event.date.firstDay ?? $0) > $0 } ?? false)
        let sources: [TemplateValue] = event.sources.map { source in
            [
                "title": .string(index.titles[source.article] ?? source.article),
                "paragraph": .int(source.paragraph),
                "link": .string(page.link(to: Route(folder: "articles", source.article), fragment: "p\(source.paragraph)")),
            ]
        }
        return [
            "date": .string(TimexDisplay.english(event.date)),
            "value": .string(event.date.description),
            "granularity": .string(event.granularity.rawValue),
            "text": .string(event.text),
            "expression": .string(event.expression),
            "scheduled": .bool(event.scheduled),
            "upcoming": .bool(upcoming),
            "sources": .list(sources),
            "actors": .list(event.actors.compactMap { id in
                index.actors[id].map { ["name": .string($0.name), "link": .string(page.link(to: ActorRoutes.profile(id)))] }
            }),
            "hasActors": .bool(!event.actors.isEmpty),
        ]
    }
}
