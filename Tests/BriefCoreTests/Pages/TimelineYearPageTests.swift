import Testing
@testable import BriefCore

/// The timeline split by year: the overview links every year, each year page holds only its own
/// events and links its neighbours, and links from elsewhere land on the right year page.
@Suite struct TimelineYearPageTests {
    static func event(_ year: Int, _ month: Int, _ day: Int, _ text: String, actors: [String] = []) -> TimelineEvent {
        TimelineEvent(date: .day(CalendarDate(year: year, month: month, day: day)!), text: text, expression: "x",
                      scheduled: false, actors: actors, sources: [EventSource(article: "paris", paragraph: 1)])
    }

    static let briefing: Briefing = {
        let article = Article(slug: "paris", sourcePath: "p.txt", format: .plainText, title: "Paris",
                              metadata: ArticleMetadata(date: PublicationDate.parse("2025-09-03")), byline: nil,
                              paragraphs: [Paragraph(number: 1, text: "Lede.")])
        let actor = Actor(id: "ivan-petrov", name: "Ivan Petrov", kind: .person, roles: [], aliases: [], mentions: 3,
                          quotes: 0, articles: ["paris"])
        return Briefing(settings: SiteSettings(), articles: [article], timeline: [
            event(2023, 5, 2, "The treaty was signed."),
            event(2024, 3, 9, "Petrov resigned.", actors: ["ivan-petrov"]),
            event(2024, 11, 1, "The vote took place."),
            event(2025, 9, 1, "The summit opened."),
        ], actors: [actor])
    }()

    static var yearPages: [Page] { TimelineYearPage.pages(briefing, index: BriefingIndex(briefing)) }

    @Test func theOverviewLinksEachYearWithItsCountAndListsNoEvents() throws {
        let page = TimelinePage.page(Self.briefing, index: BriefingIndex(Self.briefing))
        #expect(page.route.outputPath == "timeline/index.html")
        let years = try #require(page.context["years"]?.listValue)
        #expect(years.compactMap { $0["year"]?.stringValue } == ["2023", "2024", "2025"])
        #expect(years.compactMap { $0["link"]?.stringValue } == ["../timeline/2023/index.html", "../timeline/2024/index.html", "../timeline/2025/index.html"])
        #expect(years.compactMap { $0["count"]?.stringValue } == ["1 event", "2 events", "1 event"])
        #expect(page.context["groups"] == nil)
    }

    @Test func aYearPageHoldsOnlyItsYearsEventsAndLinksItsNeighbours() throws {
        let pages = Self.yearPages
        #expect(pages.map(\.route.outputPath) == ["timeline/2023/index.html", "timeline/2024/index.html", "timeline/2025/index.html"])
        let middle = pages[1]
        let groups = try #require(middle.context["groups"]?.listValue)
        #expect(groups.compactMap { $0["label"]?.stringValue } == ["March 2024", "November 2024"])
        #expect(groups.compactMap { $0["anchor"]?.stringValue } == ["g-march-2024", "g-november-2024"])
        let texts = groups.flatMap { $0["entries"]?.listValue ?? [] }.compactMap { $0["text"]?.stringValue }
        #expect(texts == ["Petrov resigned.", "The vote took place."])
        #expect(middle.context["previous"]?["link"]?.stringValue == "../../timeline/2023/index.html")
        #expect(middle.context["next"]?["link"]?.stringValue == "../../timeline/2025/index.html")
        #expect(middle.context["overview"]?.stringValue == "../../timeline/index.html")
        #expect(pages[0].context["previous"] == .bool(false))
        #expect(pages[2].context["next"] == .bool(false))
    }

    @Test func anActorProfilesEventLinksToItsGroupOnItsYearPage() throws {
        let briefing = Self.briefing
        let profile = ActorProfilePage.page(briefing.actors[0], briefing: briefing, index: BriefingIndex(briefing))
        let event = try #require(profile.context["events"]?.listValue?.first)
        #expect(event["timelineLink"]?.stringValue == "../../timeline/2024/index.html#g-march-2024")
        let target = try #require(Self.yearPages.first { $0.route == TimelineRoutes.year(2024) })
        #expect(target.context["groups"]?.listValue?.contains { $0["anchor"]?.stringValue == "g-march-2024" } == true)
    }

    @Test func theFrontPagesUpcomingEventsLinkToTheirYearPage() throws {
        var events = Self.briefing.timeline
        events.append(TimelineEvent(date: .day(CalendarDate(year: 2026, month: 1, day: 20)!), text: "The council will meet.",
                                    expression: "x", scheduled: true, actors: [], sources: [EventSource(article: "paris", paragraph: 1)]))
        let briefing = Briefing(settings: SiteSettings(), articles: Self.briefing.articles, timeline: events)
        let front = FrontPage.page(briefing, index: BriefingIndex(briefing))
        let upcoming = try #require(front.context["upcoming"]?.listValue?.first)
        #expect(upcoming["timelineLink"]?.stringValue == "timeline/2026/index.html#g-january-2026")
        let overview = TimelinePage.page(briefing, index: BriefingIndex(briefing))
        #expect(overview.context["upcoming"]?.listValue?.count == 1)
    }

    @Test func aLargeTimelinesStripDrawsABoundedSample() {
        let events = (0..<2_000).map { Self.event(2020 + $0 / 400, 1 + $0 % 12, 1 + $0 % 28, "Event \($0).") }
        let svg = TimelineStrip.svg(events, newest: nil, limit: 50) ?? ""
        #expect(svg.components(separatedBy: "<circle").count - 1 == 50)
        #expect(svg.contains("Timeline of 2000 dated events"))
    }
}
