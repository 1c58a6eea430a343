import Testing
@testable import BriefCore

/// The front page at a glance, and the archive it shortens.
@Suite struct FrontPageTests {
    static func articles(_ count: Int) -> [Article] {
        (1...count).map { n in
            ActorPagesTests.article("a\(n)", "2025-0\(n % 3 + 1)-1\(n % 9)", "Story \(n)",
                                    ["Mayor Lena Holt will open the bridge on May 20, she said."])
        }
    }

    @Test func theFrontPageShowsTheNewestArticlesUpcomingEventsAndWhoIsPresent() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles(40))
        let page = FrontPage.page(briefing, index: BriefingIndex(briefing))
        #expect(page.context["articles"]?.listValue?.count == FrontPage.articleLimit)
        #expect(page.context["articleCount"] == .int(40))
        #expect(page.context["archive"]?.stringValue == "articles/index.html")
        let upcoming = page.context["upcoming"]?.listValue ?? []
        #expect(upcoming.compactMap { $0["value"]?.stringValue } == ["2025-05-20"])
        #expect(page.context["actors"]?.listValue?.first?["name"]?.stringValue == "Lena Holt")
    }

    @Test func theArchiveListsTheNewestArticlesByMonthAndLinksEveryMonth() throws {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles(40))
        let page = ArchivePage.page(briefing)
        let groups = page.context["groups"]?.listValue ?? []
        #expect(groups.compactMap { $0["label"]?.stringValue } == ["March 2025", "February 2025", "January 2025"])
        #expect(groups.reduce(0) { $0 + ($1["articles"]?.listValue?.count ?? 0) } == 40)
        let year = try #require(page.context["years"]?.listValue?.first)
        #expect(year["year"]?.stringValue == "2025")
        let months = year["months"]?.listValue ?? []
        #expect(months.compactMap { $0["link"]?.stringValue } == ["../articles/2025/03/index.html", "../articles/2025/02/index.html",
                                                                  "../articles/2025/01/index.html"])
        #expect(months.compactMap { $0["count"] } == [13, 14, 13])
    }

    @Test func aMonthOfTheArchiveIsPagedNewestFirstAndLinksItsNeighbours() throws {
        let articles = (1...250).map { n in
            ActorPagesTests.article("a\(n)", "2025-05-\(n % 28 + 1 < 10 ? "0" : "")\(n % 28 + 1)", "Story \(n)", ["Text."])
        } + [ActorPagesTests.article("april", "2025-04-30", "April", ["Text."])]
        let briefing = Briefing(settings: SiteSettings(), articles: articles)
        let pages = ArchiveMonthPage.pages(briefing)
        #expect(pages.map(\.route.urlPath) == ["articles/2025/05/", "articles/2025/05/page/2/", "articles/2025/05/page/3/", "articles/2025/04/"])
        let may = pages.prefix(3).flatMap { $0.context["articles"]?.listValue ?? [] }.compactMap { $0["title"]?.stringValue }
        #expect(may == briefing.articles.prefix(250).map(\.title), "every article once, newest first")
        #expect(pages.prefix(3).map { $0.context["articles"]?.listValue?.count ?? 0 } == [100, 100, 50])
        #expect(pages[2].context["older"]?["link"]?.stringValue == "../../../../../articles/2025/04/index.html")
        #expect(pages[3].context["newer"]?["link"]?.stringValue == "../../../articles/2025/05/index.html")
        #expect(pages[1].context["pagination"]?["label"]?.stringValue == "Page 2 of 3")
        #expect(pages[0].context["archive"]?.stringValue == "../../../articles/index.html")
    }
}
