/// One month of the timeline (`timeline/YYYY/MM/`), or a year's longer periods
/// (`timeline/YYYY/periods/`): its events in order under a heading per day or period, each date at
/// its true precision, upcoming events marked against the newest article; a long month is paged
/// (`page/N/`), with numbered links between its pages, links to the previous and next months, and
/// back to the year and the overview.
public enum TimelineMonthPage {
    /// The most events one page lists.
    static let pageSize = 60

    /// Every page of every month that has events, earliest first.
    public static func pages(_ briefing: Briefing, index: BriefingIndex) -> [Page] {
        index.timelineMonths.indices.flatMap { pages(ofMonth: $0, index: index) }
    }

    /// The pages of the month at `position` in the index's timeline months, each made when read.
    static func pages(ofMonth position: Int, index: BriefingIndex) -> PageList {
        let months = index.timelineMonths
        let newest = index.datedSpan?.upperBound
        let pagination = pagination(months[position])
        let events = Array(months[position].events)
        let headings = pagination.isPaged ? headings(events, pagination) : []
        return PageList(ListPage.pages(of: events, pagination)) { list in
            page(list, months: months, at: position, headings: headings, index: index, newest: newest)
        }
    }

    /// What the pages of the month at `position` are made from: its events, each with its sources'
    /// titles, its actors' names and its place on the timeline; the neighbouring months; the newest date.
    static func inputs(ofMonth position: Int, index: BriefingIndex) -> PageInputs {
        let months = index.timelineMonths
        let month = months[position]
        let pagination = pagination(month)
        let base = month.route
        let neighbours = [position - 1, position + 1].map { months.indices.contains($0) ? [months[$0].label, months[$0].route.outputPath] : [] }
        return PageInputs(id: "timeline/" + base.outputPath, routes: pagination.pageNumbers.map(pagination.route(ofPage:)), values: [
            month.year, month.month, month.label, ListedItems.events(month.events, index: index), neighbours, index.datedSpan?.upperBound.description,
        ])
    }

    /// How the events of `month` are paged.
    static func pagination(_ month: TimelineMonth) -> Pagination {
        Pagination(itemCount: month.events.count, pageSize: pageSize, base: month.route)
    }

    /// A heading of a paged month — a day, a week, the month — and where its first event is listed.
    struct Heading {
        /// The day of the month ("4") for a day, else the period ("week of 1 September 2025").
        let label: String
        /// The anchor of the heading on its page.
        let anchor: String
        /// The page that lists the heading's first event.
        let route: Route
    }

    /// Every heading of a month's `events`, in order, with the page that lists its first event.
    static func headings(_ events: [TimelineEvent], _ pagination: Pagination) -> [Heading] {
        var headings: [Heading] = []
        var last: String?
        for (position, event) in events.enumerated() {
            let label = TimelineRoutes.groupLabel(event)
            guard label != last else { continue }
            last = label
            let short = event.granularity == .day ? event.date.firstDay.map { String($0.day) } : nil
            headings.append(Heading(label: short ?? label, anchor: TimelineRoutes.anchor(ofGroup: label),
                                    route: pagination.route(ofItem: position)))
        }
        return headings
    }

    /// Page `list` of `months[position]`, with the month's `headings` when it is paged.
    static func page(_ list: ListPage<TimelineEvent>, months: [TimelineMonth], at position: Int, headings: [Heading],
                     index: BriefingIndex, newest: CalendarDate?) -> Page {
        let month = months[position]
        let route = list.route
        var fields = list.fields
        fields.merge([
            "label": .string(month.label),
            "year": .string(String(month.year)),
            "isPeriods": .bool(month.month == nil),
            "eventCount": .string(Plural.count(month.events.count, "event")),
            "groups": .list(groups(list.items, from: route, index: index, newest: newest)),
            "days": .list(headings.map { ["label": .string($0.label), "link": .string(route.link(to: $0.route, fragment: $0.anchor))] }),
            "hasDays": .bool(!headings.isEmpty),
            "previous": neighbour(months, at: position - 1, from: route),
            "next": neighbour(months, at: position + 1, from: route),
            "yearLink": .string(route.link(to: TimelineRoutes.year(month.year))),
            "overview": .string(route.link(to: TimelineRoutes.overview)),
            "newestDate": .optional(newest.map(DateDisplay.long)),
        ]) { $1 }
        return Page(route: route, template: "timeline-month", title: list.title("Timeline: \(month.label)"), context: .object(fields))
    }

    /// The month at `position` with its link from `page`, or false past either end.
    static func neighbour(_ months: [TimelineMonth], at position: Int, from page: Route) -> TemplateValue {
        guard months.indices.contains(position) else { return .bool(false) }
        return ["label": .string(months[position].label), "link": .string(page.link(to: months[position].route))]
    }

    /// `events` under their headings (day or period), each with its anchor and entries, in order.
    static func groups(_ events: ArraySlice<TimelineEvent>, from page: Route, index: BriefingIndex,
                       newest: CalendarDate?) -> [TemplateValue] {
        var groups: [EntryGroup] = []
        for event in events {
            let label = TimelineRoutes.groupLabel(event)
            if groups.last?.label != label { groups.append(EntryGroup(label: label)) }
            groups[groups.count - 1].entries.append(TimelinePage.entry(event, from: page, index: index, newest: newest))
        }
        return groups.map(\.fields)
    }
}
