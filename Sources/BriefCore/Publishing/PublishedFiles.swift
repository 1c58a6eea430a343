/// The files a published briefing carries besides its pages: feeds, sitemap, robots.txt, data and the search index.
public enum PublishedFiles {
    /// Files to publish and how to write them to a sink: one file, or several made together (the sitemap
    /// and its parts, the search fragments). The large downloads are written piece by piece.
    public struct Job: Sendable {
        /// Writes the job's files, each begun and ended, to the sink.
        public let write: @Sendable (inout any PublishedFileSink) -> Void

        init(_ path: String, _ make: @escaping @Sendable () -> String) {
            write = { sink in sink.file(path, make()) }
        }

        init(files make: @escaping @Sendable () -> [PublishedFile]) {
            write = { sink in
                for file in make() { sink.file(file.path, file.text) }
            }
        }

        init(json path: String, _ make: @escaping @Sendable (inout JSONStream) -> Void) {
            self.init(stream: path) { stream in
                make(&stream)
                stream.raw("\n")
            }
        }

        init(stream path: String, _ make: @escaping @Sendable (inout JSONStream) -> Void) {
            write = { sink in
                sink.begin(path)
                var stream = JSONStream(sink)
                make(&stream)
                sink = stream.finish()
                sink.end()
            }
        }

        init(writing: @escaping @Sendable (inout any PublishedFileSink) -> Void) {
            write = writing
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
    /// so jobs run side by side finish together.
    public static func jobs(for briefing: Briefing, routes: [Route]) -> [Job] {
        [
            Job(writing: { sink in SearchFragments.write(SearchIndex.entries(briefing), into: &sink) }),
            Job(json: "data/timelinejs.json") { TimelineJSExport.write(briefing, into: &$0) },
            Job(json: "data/timeline.json") { $0.array(briefing.timeline, indent: 0, DataFiles.event) },
            Job(json: "data/statements.json") { $0.array(briefing.statements, indent: 0, DataFiles.statement) },
            Job(json: "search.json") { SearchIndex.write(briefing, into: &$0) },
            Job(json: "data/quotes.json") { $0.array(briefing.quotes, indent: 0, DataFiles.quote) },
            Job(stream: "data/quotes.csv") { QuotesCSV.write(briefing, into: &$0) },
            Job(json: "data/actors.json") { $0.array(briefing.actors, indent: 0, DataFiles.actor) },
            Job(json: "data/articles.json") { $0.array(briefing.articles, indent: 0, DataFiles.article) },
            Job(files: { Sitemap.files(routes: routes, briefing: briefing) }),
            Job("feed.xml") { AtomFeed.xml(briefing) },
            Job("feed.json") { JSONFeed.json(briefing).rendered() + "\n" },
            Job("robots.txt") { Sitemap.robots(briefing.settings) },
        ]
    }
}
