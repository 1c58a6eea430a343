/// Where the timeline lives: the overview at `timeline/`, one overview page per year at
/// `timeline/YYYY/`, one page per month at `timeline/YYYY/MM/` (and `page/N/` below it when the
/// month is long), the year's longer periods at `timeline/YYYY/periods/`; on a month page one anchor
/// per day (`g-4-september-2025`) or period (`g-week-of-1-september-2025`).
public enum TimelineRoutes {
    /// The overview: the strip, the upcoming events and the years with their counts.
    public static let overview = Route(folder: "timeline")

    /// The page of the year `year`: its months with their counts and top events.
    public static func year(_ year: Int) -> Route {
        Route(folder: "timeline", String(year))
    }

    /// The first page of the events of `month` (1 to 12) of `year`.
    public static func month(_ year: Int, _ month: Int) -> Route {
        Route(folder: "timeline", String(year), CalendarDate.pad(month, 2))
    }

    /// The first page of the events of `year` dated only to a quarter, a season, the year or longer.
    public static func periods(_ year: Int) -> Route {
        Route(folder: "timeline", String(year), "periods")
    }

    /// The year whose pages hold `event`, or nil when the event has no first day (it is on no page).
    public static func year(of event: TimelineEvent) -> Int? {
        event.date.firstDay?.year
    }

    /// The heading `event` is listed under on its month page: its day ("4 September 2025") for
    /// events dated to a day or a time of day, else its period ("week of 1 September 2025").
    public static func groupLabel(_ event: TimelineEvent) -> String {
        if event.granularity == .day, let day = event.date.firstDay { return DateDisplay.long(day) }
        return TimexDisplay.english(event.date)
    }

    /// The anchor of the group headed `label` on its month page.
    public static func anchor(ofGroup label: String) -> String {
        "g-" + (Slug.make(label) ?? "dates")
    }

    /// The link from `page` to `event`'s group on the page of its month that lists it, or nil when
    /// it is on no page.
    public static func link(to event: TimelineEvent, from page: Route, index: BriefingIndex) -> String? {
        index.timelinePlaces[event].map { page.link(to: $0, fragment: anchor(ofGroup: groupLabel(event))) }
    }
}
