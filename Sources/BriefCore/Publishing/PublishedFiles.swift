/// The files a published briefing carries besides its pages: feeds, sitemap, robots.txt, data and the search index.
public enum PublishedFiles {
    /// Path (relative to the site root) and text of each file, for `briefing` and its `pages`.
    public static func files(for briefing: Briefing, pages: [Page]) -> [(path: String, text: String)] {
        [
            ("feed.xml", AtomFeed.xml(briefing)),
            ("feed.json", JSONFeed.json(briefing).rendered() + "\n"),
            ("sitemap.xml", Sitemap.xml(pages: pages, briefing: briefing)),
            ("robots.txt", Sitemap.robots(briefing.settings)),
            ("data/articles.json", DataFiles.articles(briefing).rendered() + "\n"),
            ("data/timeline.json", DataFiles.timeline(briefing).rendered() + "\n"),
            ("data/quotes.json", DataFiles.quotes(briefing).rendered() + "\n"),
            ("data/quotes.csv", QuotesCSV.text(briefing)),
            ("data/actors.json", DataFiles.actors(briefing).rendered() + "\n"),
            ("data/statements.json", DataFiles.statements(briefing).rendered() + "\n"),
            ("data/timelinejs.json", TimelineJSExport.json(briefing).rendered() + "\n"),
            ("search.json", SearchIndex.json(briefing).rendered() + "\n"),
            ("search-index.js", SearchIndex.script(briefing)),
        ]
    }

    /// A warning when feeds and the sitemap cannot carry absolute links.
    public static func warnings(for settings: SiteSettings) -> [Diagnostic] {
        guard settings.baseURL == nil else { return [] }
        return [Diagnostic(.warning, file: "brief.yml", message: "no baseURL: feeds and the sitemap use relative links",
                           hint: "Set `baseURL: https://your.host/path/` in brief.yml to the address the site will be published at.")]
    }
}
