/// Where the timeline lives: the overview at `timeline/`, one page per year at `timeline/YYYY/`, and
/// on a year page one anchor per group of entries (`september-2025`, `third-quarter-of-2025`).
public enum TimelineRoutes {
    /// The overview: the strip, the upcoming events and the years with their counts.
    public static let overview = Route(folder: "timeline")

    /// The page of the events whose first day falls in `year`.
    public static func year(_ year: Int) -> Route {
        Route(folder: "timeline", String(year))
    }

    /// The year whose page holds `event`, or nil when the event has no first day (it is on no page).
    public static func year(of event: TimelineEvent) -> Int? {
        event.date.firstDay?.year
    }

    /// The anchor of the group headed `label` on its year page.
    public static func anchor(ofGroup label: String) -> String {
        "g-" + (Slug.make(label) ?? "dates")
    }

    /// The link from `page` to `event`'s group on its year page, or nil when it is on no page.
    public static func link(to event: TimelineEvent, from page: Route) -> String? {
        year(of: event).map { page.link(to: year($0), fragment: anchor(ofGroup: TimelinePage.groupLabel(event))) }
    }
}
