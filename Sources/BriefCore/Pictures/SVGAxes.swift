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
}
