import Testing
@testable import BriefCore

@Suite struct PublishingTests {
    static func briefing(baseURL: String?) -> Briefing {
        let article = Article(slug: "paris", sourcePath: "p.txt", format: .plainText, title: "Leaders <meet> & talk",
                              metadata: ArticleMetadata(date: PublicationDate.parse("2025-09-03T14:30+0200"), tags: ["europe"]),
                              byline: "Jane Roe", paragraphs: [Paragraph(number: 1, text: "Lede & more.")])
        return Briefing(settings: SiteSettings(title: "T", baseURL: baseURL), articles: [article])
    }

    @Test func timestampsAreRFC3339() throws {
        #expect(RFC3339.timestamp(try #require(PublicationDate.parse("2025-09-03"))) == "2025-09-03T00:00:00Z")
        #expect(RFC3339.timestamp(try #require(PublicationDate.parse("2025-09-03T14:30"))) == "2025-09-03T14:30:00Z")
        #expect(RFC3339.timestamp(try #require(PublicationDate.parse("2025-09-03T14:30:05-0500"))) == "2025-09-03T14:30:05-05:00")
        #expect(RFC3339.timestamp(try #require(PublicationDate.parse("2025-09-03T14:30:05.5+02:00"))) == "2025-09-03T14:30:05.5+02:00")
    }

    @Test func atomFeedUsesAbsoluteLinksFromTheBaseURLAndEscapes() {
        let xml = AtomFeed.xml(Self.briefing(baseURL: "https://example.org/b/"))
        #expect(xml.contains(#"<link rel="alternate" type="text/html" href="https://example.org/b/articles/paris/"/>"#))
        #expect(xml.contains("<id>https://example.org/b/articles/paris/</id>"))
        #expect(xml.contains("<title>Leaders &lt;meet&gt; &amp; talk</title>"))
        #expect(xml.contains("<published>2025-09-03T14:30:00+02:00</published>"))
        #expect(xml.contains(#"<category term="europe"/>"#))
    }

    @Test func withoutABaseURLFeedsFallBackToRelativeLinks() {
        let briefing = Self.briefing(baseURL: nil)
        #expect(AtomFeed.xml(briefing).contains(#"href="articles/paris/""#))
        #expect(AtomFeed.xml(briefing).contains("<id>urn:brief:articles/paris/</id>"))
    }

    @Test func jsonFeedCarriesTheItems() {
        let json = JSONFeed.json(Self.briefing(baseURL: "https://example.org/")).rendered(pretty: false)
        #expect(json.contains(#""version":"https://jsonfeed.org/version/1.1""#))
        #expect(json.contains(#""url":"https://example.org/articles/paris/""#))
        #expect(json.contains(#""date_published":"2025-09-03T14:30:00+02:00""#))
        #expect(json.contains(#""authors":[{"name":"Jane Roe"}]"#))
    }

    @Test func sitemapListsEveryPageButThe404() {
        let briefing = Self.briefing(baseURL: "https://example.org/")
        let xml = Sitemap.xml(pages: SiteDeriver.pages(for: briefing), briefing: briefing)
        #expect(xml.contains("<loc>https://example.org/</loc>"))
        #expect(xml.contains("<loc>https://example.org/articles/paris/</loc><lastmod>2025-09-03</lastmod>"))
        #expect(!xml.contains("404"))
        #expect(Sitemap.robots(briefing.settings).contains("Sitemap: https://example.org/sitemap.xml"))
        #expect(Sitemap.files(pages: SiteDeriver.pages(for: briefing), briefing: briefing).map(\.path) == ["sitemap.xml"])
    }

    @Test func aSiteOfMorePagesThanOneSitemapHoldsGetsAnIndex() {
        let briefing = Self.briefing(baseURL: "https://example.org/")
        let pages = SiteDeriver.pages(for: briefing)
        let count = Sitemap.entries(routes: pages.map(\.route), briefing: briefing).count
        let files = Sitemap.files(pages: pages, briefing: briefing, limit: 2)
        #expect(files.map(\.path) == ["sitemap.xml"] + (1...((count + 1) / 2)).map { "sitemaps/\($0).xml" })
        #expect(files[0].text.contains("<sitemapindex"))
        #expect(files[0].text.contains("<loc>https://example.org/sitemaps/1.xml</loc>"))
        // Every page is listed once, in parts of at most two.
        let listed = files.dropFirst().map { $0.text.components(separatedBy: "<url>").count - 1 }
        #expect(listed.allSatisfy { $0 <= 2 } && listed.reduce(0, +) == count)
    }
}
