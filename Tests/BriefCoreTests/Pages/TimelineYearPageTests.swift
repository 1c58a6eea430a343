import Testing
@testable import BriefCore

/// The timeline split by year and month: the overview links every year, each year page is an
/// overview of its own months and links its neighbours, and links from elsewhere land on the right
/// month page.
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

    @Test func aYearPageListsItsMonthsWithCountsAndEventsAndLinksItsNeighbours() throws {
        let pages = Self.yearPages
        #expect(pages.map(\.route.outputPath) == ["timeline/2023/index.html", "timeline/2024/index.html", "timeline/2025/index.html"])
        let middle = pages[1]
        let months = try #require(middle.context["months"]?.listValue)
        #expect(months.compactMap { $0["label"]?.stringValue } == ["March 2024", "November 2024"])
        #expect(months.compactMap { $0["link"]?.stringValue } == ["../../timeline/2024/03/index.html", "../../timeline/2024/11/index.html"])
        #expect(months.compactMap { $0["count"]?.stringValue } == ["1 event", "1 event"])
        let texts = months.flatMap { $0["entries"]?.listValue ?? [] }.compactMap { $0["text"]?.stringValue }
        #expect(texts == ["Petrov resigned.", "The vote took place."])
        #expect(middle.context["previous"]?["link"]?.stringValue == "../../timeline/2023/index.html")
        #expect(middle.context["next"]?["link"]?.stringValue == "../../timeline/2025/index.html")
        #expect(middle.context["overview"]?.stringValue == "../../timeline/index.html")
        #expect(pages[0].context["previous"] == .bool(false))
        #expect(pages[2].context["next"] == .bool(false))
    }

    @Test func aYearPageShowsEachMonthsMostReportedEventsInOrder() throws {
        let sources = (1...5).map { EventSource(article: "paris", paragraph: $0) }
        let events = (1...6).map { day in
            TimelineEvent(date: .day(CalendarDate(year: 2024, month: 3, day: day)!), text: "Day \(day).", expression: "x",
                          scheduled: false, actors: [], sources: Array(sources.prefix(day % 3 == 0 ? 5 : 1)))
        }
        let briefing = Briefing(settings: SiteSettings(), articles: Self.briefing.articles, timeline: events)
        let page = try #require(TimelineYearPage.pages(briefing, index: BriefingIndex(briefing)).first)
        let march = try #require(page.context["months"]?.listValue?.first)
        #expect(march["count"]?.stringValue == "6 events")
        #expect(march["entries"]?.listValue?.compactMap { $0["text"]?.stringValue } == ["Day 1.", "Day 3.", "Day 6."])
        #expect(march["hasMore"] == .bool(true))
    }

    @Test func anActorProfilesEventLinksToItsDayOnItsMonthPage() throws {
        let briefing = Self.briefing
        let index = BriefingIndex(briefing)
        let profile = ActorProfilePage.page(briefing.actors[0], briefing: briefing, index: index)
        let event = try #require(profile.context["events"]?.listValue?.first)
        #expect(event["timelineLink"]?.stringValue == "../../timeline/2024/03/index.html#g-9-march-2024")
        let target = try #require(TimelineMonthPage.pages(briefing, index: index).first { $0.route == TimelineRoutes.month(2024, 3) })
        #expect(target.context["groups"]?.listValue?.contains { $0["anchor"]?.stringValue == "g-9-march-2024" } == true)
    }

    @Test func theFrontPagesUpcomingEventsLinkToTheirMonthPage() throws {
        var events = Self.briefing.timeline
        events.append(TimelineEvent(date: .day(CalendarDate(year: 2026, month: 1, day: 20)!), text: "The council will meet.",
                                    expression: "x", scheduled: true, actors: [], sources: [EventSource(article: "paris", paragraph: 1)]))
        let briefing = Briefing(settings: SiteSettings(), articles: Self.briefing.articles, timeline: events)
        let front = FrontPage.page(briefing, index: BriefingIndex(briefing))
        let upcoming = try #require(front.context["upcoming"]?.listValue?.first)
        #expect(upcoming["timelineLink"]?.stringValue == "timeline/2026/01/index.html#g-20-january-2026")
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
