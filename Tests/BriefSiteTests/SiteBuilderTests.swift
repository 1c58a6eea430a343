import BriefCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefSite

@Suite struct SiteBuilderTests {
    static let project: [String: String] = [
        "brief.yml": "title: Test briefing\ndescription: A test.\n",
        "content/articles/paris-summit.txt": "Leaders meet in Paris\nThe summit opened.\n“We are ready,” she said.\nBy Jane Roe\n",
        "content/articles/paris-summit.yml": "date: 2025-09-03\nsource: Wire\n",
        "content/articles/day-two.md": "---\ntitle: Day two\ndate: 2025-09-04\n---\nTalks *continued*.\n\nSee [the first day](../paris-summit-2/index.html#p1).\n",
        "content/articles/nested/older.md": "---\ntitle: Older story\ndate: 2024-01-01\nslug: paris-summit\n---\nAn older story with a clashing slug.\n",
        "content/articles/draft.md": "---\ntitle: Not yet\ndraft: true\n---\nSecret.\n",
        "content/articles/notes.yml": "orphan: true\n",
    ]

    func build(_ project: TemporaryProject, drafts: Bool = false) throws(DiagnosticList) -> SiteBuilder.Result {
        try SiteBuilder.build(.init(projectRoot: project.root, output: project.site, includeDrafts: drafts))
    }

    @Test func buildsEveryPageAndEveryRelativeLinkResolves() throws {
        let project = try TemporaryProject(files: Self.project)
        defer { project.remove() }
        let result = try build(project)
        #expect(result.articles == 3)
        #expect(result.draftsSkipped == 1)
        let files = try TemporaryProject.snapshot(project.site).keys.sorted().filter { !$0.hasPrefix("actors/") || $0 == "actors/index.html" }
        #expect(files == [
            ".brief-site", "404.html", "actors/index.html", "articles/2024/01/index.html", "articles/2025/09/index.html",
            "articles/day-two/index.html", "articles/index.html", "articles/paris-summit-2/index.html",
            "articles/paris-summit/index.html", "assets/favicon.svg", "assets/search.js", "assets/style.css", "data/actors.json",
            "data/articles.json", "data/quotes.csv", "data/quotes.json", "data/statements.json", "data/timeline.json", "data/timelinejs.json",
            "feed.json", "feed.xml", "index.html", "quotes/index.html", "quotes/speakers/index.html", "quotes/unattributed/index.html", "robots.txt",
            "search-index.js", "search.json", "search/entries/0.js", "search/terms/0.js", "sitemap.xml", "timeline/index.html",
        ])
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
        let index = try project.read("index.html")
        #expect(index.contains("Test briefing"))
        let order = ["Day two", "Leaders meet in Paris", "Older story"].compactMap { index.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted(), "newest first")
        #expect(try project.read("articles/paris-summit/index.html").contains("Older story"), "an explicit slug: wins")
        let article = try project.read("articles/paris-summit-2/index.html")
        #expect(article.contains("<h1>Leaders meet in Paris</h1>"))
        #expect(article.contains(#"<p id="p2"><span class="quote" id="paris-summit-2-p2-1">“We are ready,”</span> she said.</p>"#))
        #expect(article.contains("By Jane Roe"))
        #expect(!article.contains("Secret"))
    }

    @Test func feedsSitemapAndDataAreWellFormedAndComplete() throws {
        var files = Self.project
        files["brief.yml"] = "title: Test\nbaseURL: https://example.org/briefing\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        let result = try build(project)
        #expect(result.warnings.allSatisfy { $0.file != "brief.yml" }, "no baseURL warning once it is set")
        for path in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(try project.read(path).utf8))
            #expect(parser.parse(), "\(path) is well-formed XML")
        }
        #expect(try project.read("feed.xml").components(separatedBy: "<entry>").count - 1 == 3)
        let sitemap = try project.read("sitemap.xml")
        let pages = try TemporaryProject.snapshot(project.site).keys.filter { $0.hasSuffix("index.html") }
        for page in pages {
            #expect(sitemap.contains("<loc>https://example.org/briefing/\(page.dropLast("index.html".count))</loc>"), "\(page)")
        }
        let feed = try JSONSerialization.jsonObject(with: Data(try project.read("feed.json").utf8)) as? [String: Any]
        #expect((feed?["items"] as? [Any])?.count == 3)
        let articles = try JSONSerialization.jsonObject(with: Data(try project.read("data/articles.json").utf8)) as? [[String: Any]]
        #expect(articles?.compactMap { $0["path"] as? String }.contains("articles/day-two/") == true)
    }

    @Test func draftsAreIncludedOnRequest() throws {
        let project = try TemporaryProject(files: Self.project)
        defer { project.remove() }
        #expect(try build(project, drafts: true).articles == 4)
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let project = try TemporaryProject(files: Self.project)
        defer { project.remove() }
        _ = try build(project)
        let first = try TemporaryProject.snapshot(project.site)
        _ = try build(project)
        #expect(try TemporaryProject.snapshot(project.site) == first)
    }

    @Test func aFailedBuildLeavesThePreviousSiteIntact() throws {
        let project = try TemporaryProject(files: Self.project)
        defer { project.remove() }
        _ = try build(project)
        let before = try TemporaryProject.snapshot(project.site)
        try project.write("content/articles/broken.md", "---\ndate: someday\n---\nBody\n")
        #expect(throws: DiagnosticList.self) {
            try SiteBuilder.build(.init(projectRoot: project.root, output: project.site, strict: true))
        }
        #expect(try TemporaryProject.snapshot(project.site) == before, "a broken article fails a --strict build")
        try project.write("content/articles/broken.md", "---\ndate: 2025-09-05\n---\nBody\n")
        try project.write("Templates/article.mustache", "{{#paragraphs}}")
        #expect(throws: DiagnosticList.self) { try build(project) }
        #expect(try TemporaryProject.snapshot(project.site) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".site.building-") }
        #expect(leftovers.isEmpty, "no staging folder is left behind")
    }

    @Test func everyBrokenArticleIsReportedAtOnce() throws {
        let project = try TemporaryProject(files: [
            "content/articles/a.md": "---\ndate: nope\n---\nx\n",
            "content/articles/b.txt": "",
        ])
        defer { project.remove() }
        do {
            _ = try build(project)
            Issue.record("expected errors")
        } catch {
            #expect(error.diagnostics.compactMap(\.file).sorted() == ["content/articles/a.md", "content/articles/b.txt"])
        }
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
    }

    @Test func aFolderHoldingOnlyContentBuildsWithTheBuiltInTheme() throws {
        let project = try TemporaryProject(files: ["content/articles/one.txt": "Only headline\nOnly paragraph.\n"])
        defer { project.remove() }
        _ = try build(project)
        #expect(try project.read("index.html").contains("Briefing"))
        #expect(try project.read("assets/style.css").contains("prefers-color-scheme"))
    }

    @Test func refusesToReplaceAFolderBriefDidNotMake() throws {
        let project = try TemporaryProject(files: ["content/articles/one.txt": "H\nP.\n", "public/keep.txt": "precious"])
        defer { project.remove() }
        let output = project.root.appendingPathComponent("public")
        #expect(throws: DiagnosticList.self) { try SiteBuilder.build(.init(projectRoot: project.root, output: output)) }
        #expect(throws: DiagnosticList.self) { try SiteBuilder.build(.init(projectRoot: project.root, output: project.root)) }
        #expect(throws: DiagnosticList.self) {
            try SiteBuilder.build(.init(projectRoot: project.root, output: project.root.appendingPathComponent("content/site")))
        }
        #expect(try String(contentsOf: output.appendingPathComponent("keep.txt"), encoding: .utf8) == "precious")
    }

    @Test func aMissingArticlesFolderSaysWhatToDo() throws {
        let project = try TemporaryProject(files: ["brief.yml": "title: Empty\n"])
        defer { project.remove() }
        do {
            _ = try build(project)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.hint?.contains("content/articles") == true)
        }
    }
}
