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

    @Test func theArchiveListsEveryArticleByMonthNewestFirst() {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: Self.articles(40))
        let groups = ArchivePage.page(briefing).context["groups"]?.listValue ?? []
        #expect(groups.compactMap { $0["label"]?.stringValue } == ["March 2025", "February 2025", "January 2025"])
        #expect(groups.reduce(0) { $0 + ($1["articles"]?.listValue?.count ?? 0) } == 40)
    }
}
