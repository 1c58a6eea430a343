import Testing
@testable import BriefCore

@Suite struct PicturesTests {
    static func day(_ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: 2025, month: month, day: day)! }

    static func event(_ date: TimexValue, _ text: String) -> TimelineEvent {
        TimelineEvent(date: date, text: text, expression: "x", scheduled: false, actors: [],
                      sources: [EventSource(article: "a", paragraph: 1)])
    }

    @Test func numbersAreShortAndExact() {
        #expect(SVGNumber.format(12) == "12")
        #expect(SVGNumber.format(12.5) == "12.5")
        #expect(SVGNumber.format(12.345) == "12.35")
        #expect(SVGNumber.format(0.05) == "0.05")
        #expect(SVGNumber.format(-0.001) == "0")
        #expect(SVGNumber.format(-3.1) == "-3.1")
        #expect(SVGNumber.format(.nan) == "0")
    }

    @Test func writerEscapesTextAndLabelsThePicture() {
        var svg = SVGWriter()
        svg.text("A <b> & \"c\"", [("x", 1.5), ("class", "chart-label")])
        svg.element("circle", [("r", 5)], title: "Tom's <day>")
        let document = svg.document(id: "p", title: "T & U", description: "D < E", width: 100, height: 50)
        #expect(document.hasPrefix(#"<svg class="chart" id="p" viewBox="0 0 100 50" width="100" height="50" role="img" aria-labelledby="p-title p-desc""#))
        #expect(document.contains(#"<title id="p-title">T &amp; U</title><desc id="p-desc">D &lt; E</desc>"#))
        #expect(document.contains(#"<text x="1.5" class="chart-label">A &lt;b&gt; &amp; &quot;c&quot;</text>"#))
        #expect(document.contains(#"<circle r="5"><title>Tom&#39;s &lt;day&gt;</title></circle>"#))
        #expect(!document.contains("<b>"))
    }

    @Test func linearScaleMapsAndGivesRoundTicks() {
        let scale = LinearScale(domain: 0...10, range: 100...200)
        #expect(scale(5) == 150)
        #expect(scale.ticks(count: 5) == [0, 2, 4, 6, 8, 10])
        #expect(LinearScale(domain: 0...37, range: 0...1).ticks(count: 4) == [0, 10, 20, 30])
        #expect(LinearScale(domain: 3...3, range: 0...10)(3) == 5)
    }

    @Test func dateScaleTicksMonthsOrYears() {
        let months = DateScale(first: Self.day(8, 1), last: Self.day(10, 31), x: 0...920)
        #expect(months.ticks().map(\.label) == ["Aug 2025", "Sep", "Oct"])
        #expect(months.x(Self.day(8, 1)) == 0 && months.xEnd(Self.day(10, 31)) == 920)
        let years = DateScale(first: CalendarDate(year: 2019, month: 1, day: 1)!, last: Self.day(12, 31), x: 0...700)
        #expect(years.ticks().map(\.label) == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"])
    }

    @Test func stripShowsEveryEventWithATextAlternative() throws {
        let events = [Self.event(.month(year: 2025, month: 8), "Talks in <Geneva>"),
                      Self.event(.week(ISOWeek(year: 2025, week: 36)!), "Merz visits"),
                      Self.event(.day(Self.day(9, 4)), "Summit in Paris"),
                      Self.event(.day(Self.day(9, 4)), "Phone talks")]
        let svg = try #require(TimelineStrip.svg(events, newest: Self.day(9, 3)))
        #expect(svg.contains(#"role="img" aria-labelledby="timeline-strip-title timeline-strip-desc""#))
        #expect(svg.contains("<title id=\"timeline-strip-title\">Timeline of 4 dated events</title>"))
        #expect(svg.contains("4 dated events from 1 August 2025 to 7 September 2025. 2 after the newest article (3 September 2025)."))
        #expect(svg.components(separatedBy: "<circle class=\"chart-mark").count - 1 == 2, "two days")
        #expect(svg.components(separatedBy: "<rect class=\"chart-mark").count - 1 == 2, "a month and a week")
        #expect(svg.components(separatedBy: "is-upcoming").count - 1 == 2)
        #expect(svg.contains("August 2025: Talks in &lt;Geneva&gt;"))
        #expect(svg.contains("Sep</text>") && svg.contains("Aug 2025</text>"))
        #expect(TimelineStrip.svg([Self.event(.duration("P3D"), "x")], newest: nil) == nil)
    }

    @Test func marksOnTheSameDayGoToSeparateLanes() {
        let marks = TimelineStrip.stacked([
            .init(x0: 10, x1: 20, isPoint: true, upcoming: false, label: "a"),
            .init(x0: 10, x1: 20, isPoint: true, upcoming: false, label: "b"),
            .init(x0: 30, x1: 40, isPoint: true, upcoming: false, label: "c"),
        ])
        #expect(marks.map(\.lane) == [0, 1, 0])
    }
}

@Suite struct SVGAxesTests {
    @Test func valueAxisLabelsWholeCountsFromTheBottomUp() {
        var svg = SVGWriter()
        svg.valueAxis(LinearScale(domain: 0...4, range: 0...100, flipped: true), x: 30, count: 4)
        #expect(svg.body.contains(#"<text class="chart-label" x="23" y="104" text-anchor="end">0</text>"#))
        #expect(svg.body.contains(#"<text class="chart-label" x="23" y="4" text-anchor="end">4</text>"#))
        #expect(!svg.body.contains(">0.5<"))
    }

    @Test func dateAxisSpansTheScale() {
        var svg = SVGWriter()
        let scale = DateScale(first: CalendarDate(year: 2025, month: 1, day: 1)!, last: CalendarDate(year: 2025, month: 3, day: 31)!, x: 10...190)
        svg.dateAxis(scale, y: 50)
        #expect(svg.body.hasPrefix(#"<g class="chart-axis"><line x1="10" x2="190" y1="50" y2="50"/>"#))
        #expect(svg.body.contains(">Jan 2025</text>") && svg.body.contains(">Mar</text>"))
    }
}
