/// The timeline strip on `timeline/`: every dated event along a date axis, days as dots and longer
/// periods (weeks, months, seasons) as bars, stacked in lanes so they do not overlap, upcoming events
/// filled, and a dashed line at the newest article's date. Inline SVG with a title and a text summary.
public enum TimelineStrip {
    /// Picture width and layout in SVG units.
    static let width = 600.0, margin = 12.0, laneHeight = 18.0, top = 12.0, axisSpace = 32.0, maximumLanes = 8

    /// One event placed on the strip.
    struct Mark: Hashable {
        let x0: Double, x1: Double
        let isPoint: Bool
        let upcoming: Bool
        let label: String
        var lane = 0
    }

    /// The SVG for `events`, or nil when none is on the calendar; at most `limit` of them, spread
    /// evenly over the list, are drawn, so the picture stays small on a large archive.
    public static func svg(_ events: [TimelineEvent], newest: CalendarDate?, limit: Int = .max) -> String? {
        // Positions and days, not copies of the events: a large archive's timeline has a hundred thousand.
        let dated = events.indices.compactMap { position in
            events[position].date.firstDay.flatMap { first in events[position].date.lastDay.map { DatedEvent(position: position, first: first, last: $0) } }
        }
        guard let first = dated.lazy.map(\.first).min(), let last = dated.lazy.map(\.last).max(),
              let start = CalendarDate(year: first.year, month: first.month, day: 1),
              let end = CalendarDate(year: last.year, month: last.month, day: CalendarDate.daysIn(month: last.month, year: last.year))
        else { return nil }
        let scale = DateScale(first: start, last: end, x: margin...(width - margin))
        let drawn = sample(dated, limit: limit)
        let marks = stacked(drawn.map { dated in
            mark(events[dated.position], first: dated.first, last: dated.last, scale: scale, newest: newest)
        })
        let lanes = (marks.map(\.lane).max() ?? 0) + 1
        let axisY = top + Double(lanes) * laneHeight + 6
        var svg = SVGWriter()
        svg.group([("class", "chart-marks")]) { svg in
            for mark in marks { draw(mark, y: top + Double(mark.lane) * laneHeight + laneHeight / 2, into: &svg) }
        }
        svg.dateAxis(scale, y: axisY)
        if let newest, newest >= start, newest <= end {
            let x = scale.xEnd(newest)
            svg.element("line", [("class", "chart-now"), ("x1", .number(x)), ("x2", .number(x)), ("y1", .number(top - 6)), ("y2", .number(axisY))],
                        title: "Newest article: \(DateDisplay.long(newest))")
        }
        return svg.document(id: "timeline-strip", title: "Timeline of \(events.count) dated \(events.count == 1 ? "event" : "events")",
                            description: summary(dated.lazy.map { events[$0.position] }, first: first, last: last, newest: newest,
                                                 drawn: drawn.count),
                            width: width, height: axisY + axisSpace)
    }

    /// A mark for one event: a dot for a day, a bar from the first to the last day of a longer period.
    static func mark(_ event: TimelineEvent, first: CalendarDate, last: CalendarDate, scale: DateScale, newest: CalendarDate?) -> Mark {
        let upcoming = newest.map { first > $0 } ?? false
        let label = "\(TimexDisplay.english(event.date)): \(event.text)" + (upcoming ? " (upcoming)" : "")
        if event.granularity == .day {
            let center = (scale.x(first) + scale.xEnd(first)) / 2
            return Mark(x0: center - 5, x1: center + 5, isPoint: true, upcoming: upcoming, label: label)
        }
        let x0 = scale.x(first), x1 = max(scale.xEnd(last), x0 + 6)
        return Mark(x0: x0, x1: x1, isPoint: false, upcoming: upcoming, label: label)
    }

    /// Marks given lanes greedily, in order of their left edge: each goes to the first lane it fits in;
    /// past the last lane, marks share the lane that frees up first.
    static func stacked(_ marks: [Mark]) -> [Mark] {
        var ends: [Double] = []
        return marks.sorted { ($0.x0, $0.x1) < ($1.x0, $1.x1) }.map { mark in
            var placed = mark
            if let lane = ends.firstIndex(where: { $0 + 2 <= mark.x0 }) {
                placed.lane = lane
            } else if ends.count < maximumLanes {
                placed.lane = ends.count
                ends.append(0)
            } else {
                placed.lane = ends.indices.min { ends[$0] < ends[$1] } ?? 0
            }
            ends[placed.lane] = max(ends[placed.lane], mark.x1)
            return placed
        }
    }

    private static func draw(_ mark: Mark, y: Double, into svg: inout SVGWriter) {
        let className = "chart-mark" + (mark.upcoming ? " is-upcoming" : "")
        if mark.isPoint {
            svg.element("circle", [("class", .text(className)), ("cx", .number((mark.x0 + mark.x1) / 2)), ("cy", .number(y)), ("r", 5)],
                        title: mark.label)
        } else {
            svg.element("rect", [("class", .text(className + " is-period")), ("x", .number(mark.x0)), ("y", .number(y - 4.5)),
                                 ("width", .number(mark.x1 - mark.x0)), ("height", 9), ("rx", 4.5)], title: mark.label)
        }
    }

    /// The text alternative: how many events, their span, and how many lie after the newest article.
    static func summary(_ events: some Collection<TimelineEvent>, first: CalendarDate, last: CalendarDate, newest: CalendarDate?,
                        drawn: Int = .max) -> String {
        let count = events.count == 1 ? "One dated event" : "\(events.count) dated events"
        var text = first == last ? "\(count) on \(DateDisplay.long(first))." : "\(count) from \(DateDisplay.long(first)) to \(DateDisplay.long(last))."
        if let newest {
            let upcoming = events.count { ($0.date.firstDay ?? newest) > newest }
            text += " \(upcoming) after the newest article (\(DateDisplay.long(newest)))."
        }
        if drawn < events.count { text += " \(drawn) of them, spread over the period, are drawn." }
        return text + " The list below gives each event with its sources."
    }

    /// An event that has a first and a last day: its position among the events, and the two days.
    struct DatedEvent {
        let position: Int
        let first: CalendarDate
        let last: CalendarDate
    }

    /// At most `limit` of `items`, evenly spaced and keeping the first and the last.
    static func sample<Item>(_ items: [Item], limit: Int) -> [Item] {
        guard items.count > limit else { return items }
        guard limit > 1 else { return Array(items.prefix(max(limit, 0))) }
        return (0..<limit).map { items[$0 * (items.count - 1) / (limit - 1)] }
    }
}
