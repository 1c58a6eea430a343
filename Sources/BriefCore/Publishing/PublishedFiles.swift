/// The files a published briefing carries besides its pages: feeds, sitemap, robots.txt, data and the search index.
public enum PublishedFiles {
    /// Files to publish and how to write them to a sink: one file, or several made together (the sitemap
    /// and its parts, the search fragments). The large downloads are written piece by piece.
    public struct Job: Sendable {
        /// Writes the job's files, each begun and ended, to the sink.
        public let write: @Sendable (inout any PublishedFileSink) -> Void
        /// Everything the job's files are made from besides the settings, named before they are made
        /// (its `routes` are empty: the files are whatever the job writes), or nil when they are always
        /// made. A build that finds the same inputs as the last one may reuse the files it wrote.
        public let inputs: (@Sendable () -> PageInputs)?

        init(writing: @escaping @Sendable (inout any PublishedFileSink) -> Void, inputs: (@Sendable () -> PageInputs)? = nil) {
            write = writing
            self.inputs = inputs
        }

        /// Several jobs made one: their files in order, their inputs together under `id`.
        init(_ id: String, _ jobs: [Job], inputs values: @escaping @Sendable () -> [any Encodable & Sendable]) {
            self.init(writing: { sink in
                for job in jobs { job.write(&sink) }
            }, inputs: { PageInputs(id: "published/" + id, routes: [], values: values()) })
        }

        static func text(_ path: String, _ make: @escaping @Sendable () -> String) -> Job {
            Job(writing: { sink in sink.file(path, make()) })
        }

        static func files(_ make: @escaping @Sendable () -> [PublishedFile]) -> Job {
            Job(writing: { sink in
                for file in make() { sink.file(file.path, file.text) }
            })
        }

        static func json(_ path: String, _ make: @escaping @Sendable (inout JSONStream) -> Void) -> Job {
            stream(path) { stream in
                make(&stream)
                stream.raw("\n")
            }
        }

        static func stream(_ path: String, _ make: @escaping @Sendable (inout JSONStream) -> Void) -> Job {
            Job(writing: { sink in
                sink.begin(path)
                var stream = JSONStream(sink)
                make(&stream)
                sink = stream.finish()
                sink.end()
            })
        }
    }

    /// Every file for `briefing` and its `pages`, each job run through `mapper`.
    public static func files(for briefing: Briefing, pages: [Page], mapper: some ArticleMapper = SerialMapper()) -> [PublishedFile] {
        mapper.map(jobs(for: briefing, routes: pages.map(\.route))) { job in
            var sink: any PublishedFileSink = PublishedFileCollector()
            job.write(&sink)
            return (sink as? PublishedFileCollector)?.files ?? []
        }.flatMap { $0 }
    }

    /// The files for `briefing` whose pages are at `routes`, and how to write each; the largest first,
    /// so jobs run side by side finish together. Each job names its inputs: the settings (which every
    /// digest of them includes) and the parts of the briefing its files show, so an edit to one
    /// article's text leaves the data files that do not show it unmade.
    public static func jobs(for briefing: Briefing, routes: [Route]) -> [Job] {
        let facts: @Sendable () -> [ArticleFacts] = { ArticleFacts.all(briefing) }
        return [
            Job("search", [
                Job(writing: { sink in SearchFragments.write(SearchIndex.entries(briefing), into: &sink) }),
                .json("search.json") { SearchIndex.write(briefing, into: &$0) },
            ], inputs: { [facts(), briefing.articles.map(SearchIndex.excerptSource), briefing.actors, briefing.quotes] }),
            Job("timeline", [
                .json("data/timelinejs.json") { TimelineJSExport.write(briefing, into: &$0) },
                .json("data/timeline.json") { $0.array(briefing.timeline, indent: 0, DataFiles.event) },
            ], inputs: { [briefing.timeline, facts()] }),
            Job("statements", [.json("data/statements.json") { $0.array(briefing.statements, indent: 0, DataFiles.statement) }],
                inputs: { [briefing.statements] }),
            Job("quotes", [
                .json("data/quotes.json") { $0.array(briefing.quotes, indent: 0, DataFiles.quote) },
                .stream("data/quotes.csv") { QuotesCSV.write(briefing, into: &$0) },
            ], inputs: { [briefing.quotes, facts()] }),
            Job("actors", [.json("data/actors.json") { $0.array(briefing.actors, indent: 0, DataFiles.actor) }],
                inputs: { [briefing.actors] }),
            Job("articles", [.json("data/articles.json") { $0.array(briefing.articles, indent: 0, DataFiles.article) }],
                inputs: { [facts()] }),
            Job("sitemap", [.files { Sitemap.files(routes: routes, briefing: briefing) }],
                inputs: { [routes.map { [$0.urlPath, $0.outputPath, $0.isFile ? "file" : "page"] }, facts()] }),
            Job("feeds", [
                .text("feed.xml") { AtomFeed.xml(briefing) },
                .text("feed.json") { JSONFeed.json(briefing).rendered() + "\n" },
            ], inputs: { [Array(briefing.articles.prefix(AtomFeed.limit))] }),
            .text("robots.txt") { Sitemap.robots(briefing.settings) },
        ]
    }
}
