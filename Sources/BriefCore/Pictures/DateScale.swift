/// Maps calendar days onto a horizontal axis, with ticks at month or year starts (whichever gives a
/// readable number) and their labels. For the timeline strip and for monthly activity charts.
public struct DateScale: Sendable, Hashable {
    /// First and last day shown.
    public let first: CalendarDate
    public let last: CalendarDate
    /// The horizontal extent, in picture units.
    public var xRange: ClosedRange<Double> { scale.range }
    private let scale: LinearScale

    /// A tick on the axis: its day, its x coordinate and its label ("Sep", "2025").
    public struct Tick: Sendable, Hashable {
        public let date: CalendarDate
        public let x: Double
        public let label: String
    }

    /// Days `first...last` spread over `x`; the end day is included (its right edge is `x.upperBound`).
    public init(first: CalendarDate, last: CalendarDate, x: ClosedRange<Double>) {
        self.first = min(first, last)
        self.last = max(first, last)
        scale = LinearScale(domain: Double(self.first.dayNumber)...Double(self.last.dayNumber + 1), range: x)
    }

    /// The x of the start of `date`.
    public func x(_ date: CalendarDate) -> Double { scale(Double(date.dayNumber)) }

    /// The x of the end of `date` (the start of the next day).
    public func xEnd(_ date: CalendarDate) -> Double { scale(Double(date.dayNumber + 1)) }

    /// Month starts inside the range (labelled with the short month, and the year in January or on the
    /// first tick), or year starts when there would be more than `maximum` month ticks.
    public func ticks(maximum: Int = 12) -> [Tick] {
        var months: [CalendarDate] = []
        var month = CalendarDate(year: first.year, month: first.month, day: 1)
        while let current = month, current <= last {
            if current >= first { months.append(current) }
            month = current.adding(months: 1)
        }
        if months.count <= maximum {
            return months.enumerated().map { index, date in
                let short = String(DateDisplay.monthNames[date.month - 1].prefix(3))
                let label = index == 0 || date.month == 1 ? "\(short) \(date.year)" : short
                return Tick(date: date, x: x(date), label: label)
            }
        }
        let years = months.filter { $0.month == 1 }
        let step = max(1, Int(LinearScale.niceStep(Double(years.count) / Double(maximum))))
        return years.filter { $0.year % step == 0 }.map { Tick(date: $0, x: x($0), label: String($0.year)) }
    }
}
