import Testing
@testable import BriefCore

/// The monthly activity chart on profiles, from the briefing of ``ActorNetworkTests``.
@Suite struct ActivityChartTests {
    @Test func monthsSpanTheBriefingWithTheActorsMentions() throws {
        let briefing = ActorNetworkTests.briefing()
        let index = BriefingIndex(briefing)
        let ana = try #require(index.actors["ana"])
        let svg = try #require(ActivityChart.svg(ana, index: index))
        #expect(svg.contains("<title id=\"activity-chart-title\">Mentions of Ana &lt;Ross&gt; &amp; Co per month</title>"))
        #expect(svg.contains("4 mentions in 2 dated articles from July 2025 to September 2025. By month: July 2025, 3; September 2025, 1."))
        #expect(svg.components(separatedBy: "<rect class=\"chart-bar\"").count - 1 == 2, "no bar for August")
        #expect(svg.contains("<title>July 2025: 3 mentions in 1 article</title>"))
        #expect(svg.contains(">Jul</text>") && svg.contains(">Aug</text>") && svg.contains(">Sep</text>") && svg.contains(">2025</text>"))
        #expect(svg == ActivityChart.svg(ana, index: BriefingIndex(ActorNetworkTests.briefing(actorsReversed: true))))
    }

    @Test func noChartWithoutDatedMentions() throws {
        let briefing = ActorNetworkTests.briefing()
        let undated = Briefing(settings: SiteSettings(), articles: [ActorNetworkTests.article("a", nil)], actors: briefing.actors,
                               mentions: briefing.mentions)
        let index = BriefingIndex(undated)
        #expect(ActivityChart.svg(try #require(index.actors["ana"]), index: index) == nil)
        let quiet = ActorNetworkTests.actor("zed", "Zed", .person, mentions: 0, articles: [])
        #expect(ActivityChart.svg(quiet, index: BriefingIndex(briefing)) == nil)
    }

    @Test func narrowMonthsAreLabelledEveryFewMonths() {
        let scale = DateScale(first: CalendarDate(year: 2023, month: 11, day: 1)!, last: CalendarDate(year: 2025, month: 10, day: 31)!, x: 0...380)
        var svg = SVGWriter()
        svg.monthAxis(scale, y: 100)
        let labels = svg.body.components(separatedBy: "text-anchor=\"middle\">").dropFirst().compactMap { $0.split(separator: "<").first.map(String.init) }
        #expect(labels == ["Jan", "2024", "Apr", "Jul", "Oct", "Jan", "2025", "Apr", "Jul", "Oct"])
    }

    @Test func theCountAxisEndsOnARoundNumber() {
        #expect(ActivityChart.roundedMaximum(5) == 6)
        #expect(ActivityChart.roundedMaximum(1) == 1)
        #expect(ActivityChart.roundedMaximum(204) == 300)
    }
}
