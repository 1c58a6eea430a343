import Testing
@testable import BriefCore

/// The timeline's month pages: each holds only its month's events, a long month is paged with
/// numbered links, months link to their neighbours across years, and a link to an event from
/// elsewhere lands on the page of its month that lists it.
@Suite struct TimelineMonthPageTests {
    static func event(_ year: Int, _ month: Int, _ day: Int, _ text: String, actors: [String] = []) -> TimelineEvent {
        TimelineYearPageTests.event(year, month, day, text, actors: actors)
    }

    /// 130 events in March 2024 (one actor in the last), one in December 2023 and one in April 2024.
    static let briefing: Briefing = {
        let march = (0..<130).map { event(2024, 3, 1 + $0 / 5, "March event \($0).", actors: $0 == 129 ? ["ivan-petrov"] : []) }
        return Briefing(settings: SiteSettings(), articles: TimelineYearPageTests.briefing.articles,
                        timeline: [event(2023, 12, 31, "The year ended.")] + march + [event(2024, 4, 2, "April came.")],
                        actors: TimelineYearPageTests.briefing.actors)
    }()
    static let index = BriefingIndex(briefing)
    static let pages = TimelineMonthPage.pages(briefing, index: index)

    static func entries(_ page: Page) -> [String] {
        (page.context["groups"]?.listValue ?? []).flatMap { $0["entries"]?.listValue ?? [] }.compactMap { $0["text"]?.stringValue }
    }

    @Test func aLongMonthIsPagedAndEveryEventIsListedOnce() {
        #expect(Self.pages.map(\.route.urlPath) == ["timeline/2023/12/", "timeline/2024/03/", "timeline/2024/03/page/2/",
                                                    "timeline/2024/03/page/3/", "timeline/2024/04/"])
        let march = Self.pages.filter { $0.route.components.starts(with: ["timeline", "2024", "03"]) }
        #expect(march.map { Self.entries($0).count } == [60, 60, 10])
        #expect(march.flatMap(Self.entries) == (0..<130).map { "March event \($0)." })
        #expect(march.map(\.title) == ["Timeline: March 2024", "Timeline: March 2024, page 2 of 3", "Timeline: March 2024, page 3 of 3"])
        #expect(march.allSatisfy { $0.context["eventCount"]?.stringValue == "130 events" })
    }

    @Test func aMonthsPagesLinkToEachOtherByNumber() throws {
        let second = try #require(Self.pages.first { $0.route.urlPath == "timeline/2024/03/page/2/" })
        let nav = try #require(second.context["pagination"])
        #expect(nav["label"]?.stringValue == "Page 2 of 3")
        #expect(nav["previous"]?.stringValue == "../../../../../timeline/2024/03/index.html")
        #expect(nav["next"]?.stringValue == "../../../../../timeline/2024/03/page/3/index.html")
        #expect(nav["pages"]?.listValue?.count == 3)
        let days = second.context["days"]?.listValue ?? []
        #expect(days.compactMap { $0["label"]?.stringValue } == (1...26).map(String.init), "a paged month lists its days")
        #expect(days.first?["link"]?.stringValue == "../../../../../timeline/2024/03/index.html#g-1-march-2024")
        #expect(days.last?["link"]?.stringValue == "../../../../../timeline/2024/03/page/3/index.html#g-26-march-2024")
        #expect(days[12]["link"]?.stringValue == "../../../../../timeline/2024/03/page/2/index.html#g-13-march-2024",
                "each day links to the page of its first event")
        let april = try #require(Self.pages.last)
        #expect(april.context["pagination"] == .bool(false), "a month that fits on one page has no page numbers")
        #expect(april.context["hasDays"] == .bool(false))
    }

    @Test func monthsLinkToTheirNeighboursAcrossYearsAndBackToTheirYear() throws {
        let december = try #require(Self.pages.first)
        #expect(december.context["previous"] == .bool(false))
        #expect(december.context["next"]?["link"]?.stringValue == "../../../timeline/2024/03/index.html")
        #expect(december.context["next"]?["label"]?.stringValue == "March 2024")
        #expect(december.context["yearLink"]?.stringValue == "../../../timeline/2023/index.html")
        let third = try #require(Self.pages.first { $0.route.urlPath == "timeline/2024/03/page/3/" })
        #expect(third.context["next"]?["link"]?.stringValue == "../../../../../timeline/2024/04/index.html")
        #expect(third.context["overview"]?.stringValue == "../../../../../timeline/index.html")
    }

    @Test func aLinkToAnEventLandsOnThePageThatListsIt() throws {
        let petrov = try #require(Self.index.actors["ivan-petrov"])
        let profile = ActorProfilePage.page(petrov, briefing: Self.briefing, index: Self.index)
        let link = try #require(profile.context["events"]?.listValue?.first?["timelineLink"]?.stringValue)
        #expect(link == "../../timeline/2024/03/page/3/index.html#g-26-march-2024")
        let third = try #require(Self.pages.first { $0.route.urlPath == "timeline/2024/03/page/3/" })
        #expect(Self.entries(third).contains("March event 129."))
        #expect(third.context["groups"]?.listValue?.contains { $0["anchor"]?.stringValue == "g-26-march-2024" } == true)
    }

    @Test func longerPeriodsHaveAPageOfTheirOwnBeforeTheYearsMonths() {
        let quarter = TimelineEvent(date: .quarter(year: 2024, quarter: 2), text: "Talks in the second quarter.", expression: "x", scheduled: false,
                                    actors: [], sources: [EventSource(article: "paris", paragraph: 1)])
        let months = TimelineMonth.split([quarter, Self.event(2024, 1, 5, "January.")])
        #expect(months.map(\.route.urlPath) == ["timeline/2024/periods/", "timeline/2024/01/"])
        #expect(months.map(\.label) == ["Longer periods of 2024", "January 2024"])
    }

    @Test func anEventReportedByManyArticlesNamesTheFirstAndCountsTheRest() {
        let sources = (1...20).map { EventSource(article: "paris", paragraph: $0) }
        let event = TimelineEvent(date: .day(CalendarDate(year: 2024, month: 3, day: 1)!), text: "Many.", expression: "x",
                                  scheduled: false, actors: [], sources: sources)
        let entry = TimelinePage.entry(event, from: TimelineRoutes.month(2024, 3), index: Self.index, newest: nil)
        #expect(entry["sources"]?.listValue?.count == TimelinePage.sourceLimit)
        #expect(entry["sourcesMore"]?.stringValue == "12 more reports")
    }
}
