/// Axes for build-time pictures, drawn with the theme's `.chart-axis` and `.chart-label` classes.
extension SVGWriter {
    /// A horizontal date axis at `y`: a rule across the scale, and a tick and label at each month
    /// (or year) start, at most `maximumTicks` months before it switches to years.
    public mutating func dateAxis(_ scale: DateScale, y: Double, maximumTicks: Int = 12) {
        group([("class", "chart-axis")]) { svg in
            svg.element("line", [("x1", .number(scale.xRange.lowerBound)), ("x2", .number(scale.xRange.upperBound)),
                                 ("y1", .number(y)), ("y2", .number(y))])
            for tick in scale.ticks(maximum: maximumTicks) {
                svg.element("line", [("x1", .number(tick.x)), ("x2", .number(tick.x)), ("y1", .number(y)), ("y2", .number(y + 6))])
                svg.text(tick.label, [("class", "chart-label"), ("x", .number(tick.x + 3)), ("y", .number(y + 21))])
            }
        }
    }

    /// A vertical value axis at `x` for counts: a rule along the scale's range and a labelled tick at
    /// each round value (whole numbers only), labels to the left.
    public mutating func valueAxis(_ scale: LinearScale, x: Double, count: Int = 4) {
        group([("class", "chart-axis")]) { svg in
            svg.element("line", [("x1", .number(x)), ("x2", .number(x)),
                                 ("y1", .number(scale.range.lowerBound)), ("y2", .number(scale.range.upperBound))])
            for value in scale.ticks(count: count) where value == value.rounded() {
                let y = scale(value)
                svg.element("line", [("x1", .number(x - 4)), ("x2", .number(x)), ("y1", .number(y)), ("y2", .number(y))])
                svg.text(String(Int(value)), [("class", "chart-label"), ("x", .number(x - 7)), ("y", .number(y + 4)), ("text-anchor", "end")])
            }
        }
    }

    /// A horizontal month axis at `y` for monthly bars: a rule, a tick between months, each label
    /// centred under its month ("Sep"), every second, third, sixth or twelfth month when months are
    /// narrow, and the year on a second line under the first labelled month and each January.
    public mutating func monthAxis(_ scale: DateScale, y: Double) {
        var months: [CalendarDate] = []
        var month = CalendarDate(year: scale.first.year, month: scale.first.month, day: 1)
        while let current = month, current <= scale.last {
            months.append(current)
            month = current.adding(months: 1)
        }
        let slot = (scale.xRange.upperBound - scale.xRange.lowerBound) / Double(max(months.count, 1))
        let every = [1, 2, 3, 6, 12].first { Double($0) * slot >= 32 } ?? 12
        group([("class", "chart-axis")]) { svg in
            svg.element("line", [("x1", .number(scale.xRange.lowerBound)), ("x2", .number(scale.xRange.upperBound)),
                                 ("y1", .number(y)), ("y2", .number(y))])
            var yearShown = false
            for date in months {
                let x0 = scale.x(date), x1 = date.adding(months: 1).map { min(scale.x($0), scale.xRange.upperBound) } ?? x0 + slot
                let center = (x0 + x1) / 2
                svg.element("line", [("x1", .number(x0)), ("x2", .number(x0)), ("y1", .number(y)), ("y2", .number(y + 5))])
                guard (date.month - 1) % every == 0 else { continue }
                let short = String(DateDisplay.monthNames[date.month - 1].prefix(3))
                if every < 12 {
                    svg.text(short, [("class", "chart-label"), ("x", .number(center)), ("y", .number(y + 18)), ("text-anchor", "middle")])
                }
                if !yearShown || date.month == 1 {
                    svg.text(String(date.year), [("class", "chart-label"), ("x", .number(center)), ("y", .number(y + (every < 12 ? 33 : 18))),
                                                 ("text-anchor", "middle")])
                    yearShown = true
                }
            }
        }
    }
}
