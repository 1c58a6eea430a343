/// The files a published briefing carries besides its pages: feeds, sitemap, robots.txt, data and the search index.
public enum PublishedFiles {
    /// Files to publish and how to make them: one file, or several made together (the search fragments).
    struct Job: Sendable {
        let make: @Sendable () -> [PublishedFile]

        init(_ path: String, _ make: @escaping @Sendable () -> String) {
            self.make = { [PublishedFile(path: path, text: make())] }
        }

        init(files make: @escaping @Sendable () -> [PublishedFile]) {
            self.make = make
        }
    }

    /// Every file for `briefing` and its `pages`, each job run through `mapper`.
    public static func files(for briefing: Briefing, pages: [Page], mapper: some ArticleMapper = SerialMapper()) -> [PublishedFile] {
        mapper.map(jobs(for: briefing, pages: pages)) { $0.make() }.flatMap { $0 }
    }

    /// The files and how to make each.
    static func jobs(for briefing: Briefing, pages: [Page]) -> [Job] {
        [
            Job("feed.xml") { AtomFeed.xml(briefing) },
            Job("feed.json") { JSONFeed.json(briefing).rendered() + "\n" },
            Job(files: { Sitemap.files(pages: pages, briefing: briefing) }),
            Job("robots.txt") { Sitemap.robots(briefing.settings) },
            Job("data/articles.json") { DataFiles.articles(briefing).rendered() + "\n" },
            Job("data/timeline.json") { DataFiles.timeline(briefing).rendered() + "\n" },
            Job("data/quotes.json") { DataFiles.quotes(briefing).rendered() + "\n" },
            Job("data/quotes.csv") { QuotesCSV.text(briefing) },
            Job("data/actors.json") { DataFiles.actors(briefing).rendered() + "\n" },
            Job("data/statements.json") { DataFiles.statements(briefing).rendered() + "\n" },
            Job("data/timelinejs.json") { TimelineJSExport.json(briefing).rendered() + "\n" },
            Job("search.json") { SearchIndex.json(briefing).rendered() + "\n" },
            Job(files: { SearchFragments.files(briefing) }),
        ]
    }

    /// A warning when feeds and the sitemap cannot carry absolute links.
    public static func warnings(for settings: SiteSettings) -> [Diagnostic] {
        guard settings.baseURL == nil else { return [] }
        return [Diagnostic(.warning, file: "brief.yml", message: "no baseURL: feeds and the sitemap use relative links",
                           hint: "Set `baseURL: https://your.host/path/` in brief.yml to the address the site will be published at.")]
    }
}
