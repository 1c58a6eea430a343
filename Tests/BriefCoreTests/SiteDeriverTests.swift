import Testing
@testable import BriefCore

@Suite struct SiteDeriverTests {
    func article(_ slug: String, date: String?, title: String = "T") -> Article {
        Article(slug: slug, sourcePath: "content/articles/\(slug).txt", format: .plainText, title: title,
                metadata: ArticleMetadata(date: date.flatMap(PublicationDate.parse), source: "Wire"),
                byline: "Jane Roe", paragraphs: [Paragraph(number: 1, text: "Lede."), Paragraph(number: 2, text: "More.")])
    }

    @Test func frontPageListsArticlesNewestFirstUndatedLast() {
        let briefing = Briefing(settings: SiteSettings(), articles: [
            article("old", date: "2025-01-01"), article("undated", date: nil), article("new", date: "2025-09-03"),
        ])
        #expect(briefing.articles.map(\.slug) == ["new", "old", "undated"])
        let cards = FrontPage.page(briefing, index: BriefingIndex(briefing)).context["articles"]?.listValue ?? []
        #expect(cards.compactMap { $0["link"]?.stringValue } == [
            "articles/new/index.html", "articles/old/index.html", "articles/undated/index.html",
        ])
        #expect(cards.first?["excerpt"]?.stringValue == "Lede.")
        #expect(cards.first?["date"]?.stringValue == "3 September 2025")
    }

    @Test func articlePagesCarryParagraphAnchorsAndALinkHome() {
        let briefing = Briefing(settings: SiteSettings(), articles: [article("a", date: "2025-09-03")])
        let page = ArticlePage.page(briefing.articles[0], briefing: briefing, index: BriefingIndex(briefing))
        #expect(page.route.outputPath == "articles/a/index.html")
        let html = page.context["paragraphs"]?.listValue?.compactMap { $0["html"]?.stringValue } ?? []
        #expect(html == [#"<p id="p1">Lede.</p>"#, #"<p id="p2">More.</p>"#])
        #expect(page.context["home"]?.stringValue == "../../index.html")
        #expect(page.context["author"]?.stringValue == "Jane Roe")
    }

    @Test func everySiteHasAFrontPageAnArticlePageEachTheDerivedPagesAndA404() {
        let briefing = Briefing(settings: SiteSettings(), articles: [article("a", date: nil), article("b", date: nil)])
        let paths = SiteDeriver.pages(for: briefing).map(\.route.outputPath)
        #expect(paths == ["index.html", "articles/index.html", "articles/undated/all/index.html", "articles/a/index.html",
                          "articles/b/index.html", "timeline/index.html", "actors/index.html", "quotes/index.html",
                          "quotes/speakers/index.html", "quotes/unattributed/index.html", "404.html"])
    }
}
