/// The monthly activity chart on an actor's profile: one bar per month for the mentions of the actor
/// in the articles dated that month, across the briefing's whole dated span (so profiles compare),
/// with a count axis and a month axis. Inline SVG with a title and a month-by-month text alternative.
public enum ActivityChart {
    /// Layout in SVG units: months get up to `slot` units each (the plot at least `minimumPlot` wide,
    /// at most `maximumPlot`), bars up to `maximumBar` wide, centred on their month.
    static let left = 34.0, right = 10.0, top = 10.0, plotBottom = 104.0, axisSpace = 42.0
    static let slot = 44.0, minimumPlot = 96.0, maximumPlot = 380.0, maximumBar = 26.0

    /// A month's mentions and how many articles they come from.
    struct Month: Hashable {
        let start: CalendarDate
        var mentions = 0, articles = 0

        /// The month's last day.
        var end: CalendarDate {
            CalendarDate(year: start.year, month: start.month, day: CalendarDate.daysIn(month: start.month, year: start.year)) ?? start
        }

        /// "September 2025".
        var name: String { "\(DateDisplay.monthNames[start.month - 1]) \(start.year)" }
    }

    /// The chart for `actor`, or nil when none of its mentions is in a dated article.
    public static func svg(_ actor: Actor, index: BriefingIndex) -> String? {
        guard let span = index.datedSpan else { return nil }
        let months = self.months(index.mentionCounts[actor.id] ?? [:], articles: index.articles, span: span)
        guard let first = months.first, let last = months.last, months.contains(where: { $0.mentions > 0 }) else { return nil }
        let plot = min(maximumPlot, max(minimumPlot, slot * Double(months.count)))
        let scale = DateScale(first: first.start, last: last.end, x: left...(left + plot))
        let counts = LinearScale(domain: 0...roundedMaximum(months.map(\.mentions).max() ?? 1), range: top...plotBottom, flipped: true)
        var svg = SVGWriter()
        svg.valueAxis(counts, x: left, count: 4)
        svg.group([("class", "chart-marks")]) { svg in
            for month in months where month.mentions > 0 { bar(month, scale: scale, counts: counts, into: &svg) }
        }
        svg.monthAxis(scale, y: plotBottom)
        return svg.document(id: "activity-chart", title: "Mentions of \(actor.name) per month",
                            description: summary(months), width: left + plot + right, height: plotBottom + axisSpace)
    }

    /// Every month from the span's first to its last, with the actor's mentions and articles in each.
    static func months(_ counts: [String: Int], articles: [String: Article], span: ClosedRange<CalendarDate>) -> [Month] {
        var months: [Month] = []
        var start = CalendarDate(year: span.lowerBound.year, month: span.lowerBound.month, day: 1)
        while let current = start, current <= span.upperBound {
            months.append(Month(start: current))
            start = current.adding(months: 1)
        }
        guard let origin = months.first?.start else { return [] }
        for (slug, count) in counts {
            guard let day = articles[slug]?.date?.day else { continue }
            let offset = (day.year - origin.year) * 12 + day.month - origin.month
            guard months.indices.contains(offset) else { continue }
            months[offset].mentions += count
            months[offset].articles += 1
        }
        return months
    }

    /// The top of the count axis: `maximum` rounded up to a whole, round step (at least 1).
    static func roundedMaximum(_ maximum: Int) -> Double {
        let step = max(1, LinearScale.niceStep(Double(max(maximum, 1)) / 4))
        return (Double(max(maximum, 1)) / step).rounded(.up) * step
    }

    private static func bar(_ month: Month, scale: DateScale, counts: LinearScale, into svg: inout SVGWriter) {
        let x0 = scale.x(month.start), x1 = scale.xEnd(month.end)
        let barWidth = max(1, min(maximumBar, (x1 - x0) * 0.7))
        let y = counts(Double(month.mentions))
        svg.element("rect", [("class", "chart-bar"), ("x", .number((x0 + x1 - barWidth) / 2)), ("y", .number(y)),
                             ("width", .number(barWidth)), ("height", .number(plotBottom - y))],
                    title: "\(month.name): \(Plural.count(month.mentions, "mention")) in \(Plural.count(month.articles, "article"))")
    }

    /// The text alternative: the total, the span, and the mentions of each month that has any.
    static func summary(_ months: [Month]) -> String {
        let active = months.filter { $0.mentions > 0 }
        let total = active.map(\.mentions).reduce(0, +), articles = active.map(\.articles).reduce(0, +)
        let span = months.count == 1 ? "in \(months[0].name)" : "from \(months[0].name) to \(months[months.count - 1].name)"
        let byMonth = active.map { "\($0.name), \($0.mentions)" }.joined(separator: "; ")
        return "\(Plural.count(total, "mention")) in \(Plural.count(articles, "dated article")) \(span). By month: \(byMonth)."
    }
}
