/// `data/timelinejs.json`: the timeline in TimelineJS3's JSON format, so a newsroom can drop it into a
/// TimelineJS embed. Each event carries `start_date` at its true precision (`{year}`, `{year, month}`,
/// `{year, month, day}`), an `end_date` and a `display_date` for periods TimelineJS cannot name itself
/// (weeks, weekends, quarters, halves, seasons, decades, parts of the day), `text.headline` and
/// `text.text` (HTML-escaped: TimelineJS renders them as HTML), a `group` and a stable `unique_id`.
public enum TimelineJSExport {
    /// The whole document for `briefing`.
    public static func json(_ briefing: Briefing) -> JSONValue {
        let titles = titlesBySlug(briefing)
        let url = SiteURL(settings: briefing.settings)
        var ids = UniqueIDs()
        let events = briefing.timeline.compactMap { event($0, ids: &ids, titles: titles, url: url) }
        return .object([("title", title(briefing.settings)), ("events", .array(events))])
    }

    /// The document of ``json(_:)`` written to `stream` event by event, nested at `indent` spaces.
    static func write(_ briefing: Briefing, into stream: inout JSONStream, indent: Int = 0) {
        let titles = titlesBySlug(briefing)
        let url = SiteURL(settings: briefing.settings)
        var ids = UniqueIDs()
        stream.object(indent: indent, [
            ("title", { stream, inner in stream.value(title(briefing.settings), indent: inner) }),
            ("events", { stream, inner in
                stream.array(briefing.timeline, indent: inner) { event($0, ids: &ids, titles: titles, url: url) }
            }),
        ])
    }

    /// Article titles by slug.
    private static func titlesBySlug(_ briefing: Briefing) -> [String: String] {
        Dictionary(briefing.articles.map { ($0.slug, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// The timeline's title slide: the site's title and description.
    static func title(_ settings: SiteSettings) -> JSONValue {
        let description = settings.description.isEmpty ? "Dated events from the briefing's articles." : settings.description
        return .object([("text", .object([
            ("headline", .string(HTMLEscaping.escape(settings.title))),
            ("text", .string(HTMLEscaping.escape(description))),
        ]))])
    }

    /// One event as TimelineJS reads it, its id claimed in `ids`; nil for an event not on the calendar.
    static func event(_ event: TimelineEvent, ids: inout UniqueIDs, titles: [String: String], url: SiteURL) -> JSONValue? {
        guard let start = startDate(event.date) else { return nil }
        let id = uniqueID(event, ids: &ids)
        var fields: [(String, JSONValue)] = [("start_date", start)]
        if let end = endDate(event.date) { fields.append(("end_date", end)) }
        if let display = displayDate(event.date) { fields.append(("display_date", .string(display))) }
        fields += [
            ("text", .object([
                ("headline", .string(HTMLEscaping.escape(TimexDisplay.english(event.date)))),
                ("text", .string(text(event, titles: titles, url: url))),
            ])),
            ("group", .string(event.scheduled ? "Planned" : "Reported")),
            ("unique_id", .string(id)),
            ("autolink", .bool(false)),
        ]
        return .object(fields)
    }

    /// The first moment of `value` at its own precision, as a TimelineJS date object; nil for values
    /// that are not on the calendar.
    static func startDate(_ value: TimexValue) -> JSONValue? {
        switch value {
        case .day(let date): return dateObject(date)
        case let .dayTime(date, .clock(hour, minute, _)):
            return .object([("year", .int(date.year)), ("month", .int(date.month)), ("day", .int(date.day)),
                            ("hour", .int(hour)), ("minute", .int(minute))])
        case .dayTime(let date, .part): return dateObject(date)
        case .week, .weekend: return value.firstDay.map(dateObject)
        case let .month(year, month): return .object([("year", .int(year)), ("month", .int(month))])
        case .quarter, .half, .season:
            guard let first = value.firstDay else { return nil }
            return .object([("year", .int(first.year)), ("month", .int(first.month))])
        case .year(let year): return .object([("year", .int(year))])
        case .decade(let decade, _): return .object([("year", .int(decade * 10))])
        case .reference, .duration, .set, .unresolved: return nil
        }
    }

    /// The last day, month or year of a period longer than its start's precision shows; nil otherwise.
    static func endDate(_ value: TimexValue) -> JSONValue? {
        switch value {
        case .week, .weekend: return value.lastDay.map(dateObject)
        case .quarter, .half, .season:
            guard let last = value.lastDay else { return nil }
            return .object([("year", .int(last.year)), ("month", .int(last.month))])
        case .decade(let decade, _): return .object([("year", .int(decade * 10 + 9))])
        default: return nil
        }
    }

    /// The English name of periods TimelineJS would otherwise show as a bare day, month or year.
    static func displayDate(_ value: TimexValue) -> String? {
        switch value {
        case .week, .weekend, .quarter, .half, .season, .decade, .dayTime(_, .part): TimexDisplay.english(value)
        default: nil
        }
    }

    /// The event's line, then links to every source paragraph (absolute with a `baseURL`, else site-relative).
    static func text(_ event: TimelineEvent, titles: [String: String], url: SiteURL) -> String {
        let links = event.sources.map { source in
            let href = url.address(of: Route(folder: "articles", source.article)) + "#p\(source.paragraph)"
            let title = titles[source.article] ?? source.article
            return "<a href=\"\(HTMLEscaping.escape(href))\">\(HTMLEscaping.escape(title)), ¶\(source.paragraph)</a>"
        }
        let sources = links.isEmpty ? "" : "<p>Source: " + links.joined(separator: "; ") + "</p>"
        return "<p>\(HTMLEscaping.escape(event.text))</p>" + sources
    }

    /// `DATE-ARTICLE-pN` of the first source, with a counter when two events would share it.
    static func uniqueID(_ event: TimelineEvent, ids: inout UniqueIDs) -> String {
        let first = event.sources.first
        let base = [event.date.description.replacingColons(), first?.article, first.map { "p\($0.paragraph)" }]
            .compactMap { $0 }.joined(separator: "-")
        return ids.claim(base)
    }

    private static func dateObject(_ date: CalendarDate) -> JSONValue {
        .object([("year", .int(date.year)), ("month", .int(date.month)), ("day", .int(date.day))])
    }
}

private extension String {
    /// `10:00` → `1000`: ids end up in URL fragments, where a colon reads badly.
    func replacingColons() -> String {
        String(unicodeScalars.filter { $0 != ":" })
    }
}
