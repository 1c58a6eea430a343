/// The timeline's overview (`timeline/`): the strip of dated events (drawn from a bounded sample, so
/// the page stays small on a large archive), the next upcoming events, and every year with its count
/// of events, each linking to the year's page (``TimelineYearPage``), an overview of its months.
/// Also the shape of one timeline entry, which the timeline pages, the front page and profiles share.
public enum TimelinePage {
    /// The route of the overview.
    public static let route = TimelineRoutes.overview
    /// The most events a strip draws.
    static let stripLimit = 200
    /// Upcoming events the overview lists.
    static let upcomingLimit = 10
    /// Reporting articles an entry names; an event reported by more says how many more.
    static let sourceLimit = 8

    /// The overview page for `briefing`.
    public static func page(_ briefing: Briefing, index: BriefingIndex) -> Page {
        let newest = briefing.newestDate
        let upcoming = FrontPage.upcomingEvents(briefing, limit: upcomingLimit).map { entry($0, from: route, index: index, newest: newest) }
        return Page(route: route, template: "timeline", title: "Timeline", context: [
            "years": .list(yearLinks(TimelineYear.split(index.timelineMonths))),
            "hasEvents": .bool(!briefing.timeline.isEmpty),
            "eventCount": .int(briefing.timeline.count),
            "upcoming": .list(upcoming),
            "hasUpcoming": .bool(!upcoming.isEmpty),
            "newestDate": .optional(newest.map(DateDisplay.long)),
            "strip": .optional(TimelineStrip.svg(briefing.timeline, newest: newest, limit: stripLimit)),
        ])
    }

    /// Each year with its count of events and the link to its page.
    static func yearLinks(_ years: [TimelineYear]) -> [TemplateValue] {
        years.map { year in
            ["year": .string(String(year.year)), "count": .string(Plural.count(year.eventCount, "event")),
             "link": .string(route.link(to: TimelineRoutes.year(year.year)))]
        }
    }

    /// What ``entry(_:from:index:newest:)`` shows of `event` beyond the event itself: its sources'
    /// titles, its actors' names (nil for an actor without a profile) and the timeline page it is
    /// listed on (its link's anchor follows from the event).
    static func facts(_ event: TimelineEvent, index: BriefingIndex) -> [String?] {
        event.sources.prefix(sourceLimit).map { index.titles[$0.article] ?? $0.article }
            + event.actors.map { index.actors[$0]?.name }
            + [index.timelinePlaces[event]?.outputPath]
    }

    /// One event as the template shows it, with links to its sources' paragraphs and to its actors.
    static func entry(_ event: TimelineEvent, from page: Route, index: BriefingIndex, newest: CalendarDate?) -> TemplateValue {
        // Upcoming: after the newest article, and still to come in the article that reports it.
        let upcoming = event.scheduled && (newest.map { (event.date.firstDay ?? $0) > $0 } ?? false)
        let sources: [TemplateValue] = event.sources.prefix(sourceLimit).map { source in
            [
                "title": .string(index.titles[source.article] ?? source.article),
                "paragraph": .int(source.paragraph),
                "link": .string(page.link(to: Route(folder: "articles", source.article), fragment: "p\(source.paragraph)")),
            ]
        }
        var fields: [String: TemplateValue] = [
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
            "timelineLink": .optional(TimelineRoutes.link(to: event, from: page, index: index)),
            "editorNote": event.editorNote.map(EditorNoteEntry.value) ?? .bool(false),
        ]
        fields.merge(ListLimit(event.sources.count, limit: sourceLimit).fields("sources", noun: "report")) { $1 }
        return .object(fields)
    }
}
