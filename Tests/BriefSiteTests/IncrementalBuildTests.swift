import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// A rebuild that reuses the last build's analyses and unchanged pages (`.brief-cache/`) writes the
/// same site, byte for byte, as a clean `--no-cache` build of the same project.
@Suite struct IncrementalBuildTests {
    static let files = [
        "content/articles/paris.md": """
            ---
            title: Talks in Paris
            date: 2024-03-04
            ---
            “We are ready,” said Anna Lind, the foreign minister of Sweden.

            Lind met Marco Bassi on Monday. The talks will resume on 12 March 2024.
            """,
        "content/articles/rome.md": """
            ---
            title: Talks in Rome
            date: 2024-03-05
            ---
            “Not yet,” Marco Bassi said in Rome.

            Anna Lind said the talks would resume next week. “We wait,” Lind said.
            """,
        "content/articles/oslo.md": """
            ---
            title: Talks in Oslo
            date: 2024-03-06
            ---
            Anna Lind arrived in Oslo on Tuesday. “It is cold,” she said.

            Marco Bassi stayed in Rome.
            """,
        "content/articles/bern.md": """
            ---
            title: Talks in Bern
            date: 2024-03-07
            ---
            Jonas Weber, the mayor of Bern, welcomed the delegations on 7 March 2024.
            """,
    ]

    func incremental(_ project: TemporaryProject) throws -> SiteBuilder.Result {
        try SiteBuilder.build(SiteBuilder.Options(projectRoot: project.root, output: project.site, manifest: .skipWhenUnchanged))
    }

    /// The site a clean `--no-cache` build of a copy of the project writes.
    func clean(_ project: TemporaryProject) throws -> [String: Data] {
        let copy = try TemporaryProject(files: [:])
        defer { copy.remove() }
        let content = project.root.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: copy.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: content, to: copy.root.appendingPathComponent("content"))
        for name in ["Templates", "brief.yml"] where FileManager.default.fileExists(atPath: project.root.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: project.root.appendingPathComponent(name), to: copy.root.appendingPathComponent(name))
        }
        _ = try SiteBuilder.build(SiteBuilder.Options(projectRoot: copy.root, output: copy.site, manifest: .record))
        return try TemporaryProject.snapshot(copy.site)
    }

    func expectSameAsClean(_ project: TemporaryProject, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let built = try TemporaryProject.snapshot(project.site)
        let expected = try clean(project)
        #expect(built.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
        let differing = expected.keys.filter { built[$0] != nil && built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "differ from a clean build: \(differing)", sourceLocation: sourceLocation)
    }

    @Test func oneEditedArticleIsAnalysedAloneAndTheSiteIsTheSameAsACleanBuild() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let first = try incremental(project)
        #expect(first.analysed == 4 && first.reused == 0)
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nThe city hall was full.\n")
        let second = try incremental(project)
        #expect(second.analysed == 1, "only the edited article is analysed again")
        #expect(second.reused >= 3, "the three other article pages are reused unrendered")
        try expectSameAsClean(project)
    }

    @Test func anEditThatNoDataFileShowsLeavesTheDataFilesFeedsAndSearchLinkedUnmade() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        let unchanged = ["data/timeline.json", "data/timelinejs.json", "data/quotes.json", "data/quotes.csv",
                         "data/statements.json", "data/actors.json", "data/articles.json", "search.json",
                         "search-index.js", "search/entries/0.js", "sitemap.xml"]
        let before = try unchanged.map { try inode(project.site.appendingPathComponent($0)) }
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nThe city hall was full.\n")
        _ = try incremental(project)
        let after = try unchanged.map { try inode(project.site.appendingPathComponent($0)) }
        #expect(before == after, "linked from the last site, not written again")
        #expect(try inode(project.site.appendingPathComponent("feed.xml")) != nil)
        try expectSameAsClean(project)
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]!
            .replacingOccurrences(of: "7 March 2024", with: "9 March 2024"))
        _ = try incremental(project)
        #expect(try inode(project.site.appendingPathComponent("data/timeline.json")) != before[0], "the timeline changed")
        try expectSameAsClean(project)
    }

    /// The file's inode number: the same after a rebuild when the file was linked from the last site.
    func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    @Test func anEditThatChangesAnActorsNameOrQuotesRebuildsThePagesShowingIt() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        try project.write("content/articles/paris.md", Self.files["content/articles/paris.md"]!
            .replacingOccurrences(of: "said Anna Lind", with: "said Anna Maria Lind"))
        _ = try incremental(project)
        try expectSameAsClean(project)
        try project.write("content/articles/rome.md", Self.files["content/articles/rome.md"]!
            .replacingOccurrences(of: "Marco Bassi", with: "Marco Rossi"))
        _ = try incremental(project)
        try expectSameAsClean(project)
    }

    /// The items the last build recorded in `.brief-cache/page-inputs` whose id starts with `prefix`.
    func recordedItems(_ project: TemporaryProject, _ prefix: String) throws -> [String] {
        let record = try String(contentsOf: project.root.appendingPathComponent(".brief-cache/\(PageReuse.fileName)"), encoding: .utf8)
        return record.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t")
            return fields.count >= 2 && fields[1].hasPrefix(prefix) ? String(fields[1]) : nil
        }
    }

    @Test func profilesAreReusedUntilAnEditChangesWhatTheyShow() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        let profiles = try recordedItems(project, "profile/")
        #expect(profiles.contains("profile/marco-bassi") && profiles.count >= 3, "\(profiles)")
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nThe city hall was full.\n")
        let textEdit = try incremental(project)
        #expect(textEdit.reused >= 3 + profiles.count - 1, "the other articles' pages and the profiles are linked unmade")
        try expectSameAsClean(project)
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]!
            + "\n\n“We are late,” Marco Bassi said in Bern on 8 March 2024.\n")
        _ = try incremental(project)
        #expect(try project.read("actors/marco-bassi/index.html").contains("We are late"))
        try expectSameAsClean(project)
        try project.write("content/articles/paris.md", Self.files["content/articles/paris.md"]!
            .replacingOccurrences(of: "title: Talks in Paris", with: "title: Talks in Paris resume"))
        _ = try incremental(project)
        #expect(try project.read("actors/anna-lind/index.html").contains("Talks in Paris resume"), "a renamed article's title on a profile")
        try expectSameAsClean(project)
    }

    @Test func anEditToWhatListsShowBesideAnItemRebuildsEveryListShowingIt() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        // The date shown beside Lind's and Bassi's quotations and statements on their speaker pages and profiles.
        try project.write("content/articles/rome.md", Self.files["content/articles/rome.md"]!
            .replacingOccurrences(of: "date: 2024-03-05", with: "date: 2024-02-05"))
        _ = try incremental(project)
        try expectSameAsClean(project)
        // An event's source title on the timeline's month page and the profiles' timelines.
        try project.write("content/articles/paris.md", Self.files["content/articles/paris.md"]!
            .replacingOccurrences(of: "title: Talks in Paris", with: "title: Paris talks"))
        _ = try incremental(project)
        #expect(try project.read("timeline/2024/03/index.html").contains("Paris talks"))
        try expectSameAsClean(project)
        // A quotation's speaker: the speaker lists it moves between and the quotation's permalinks.
        try project.write("content/articles/oslo.md", Self.files["content/articles/oslo.md"]!
            .replacingOccurrences(of: "“It is cold,” she said.", with: "“It is cold,” Marco Bassi said."))
        _ = try incremental(project)
        try expectSameAsClean(project)
    }

    @Test func aServerKeepsTheAnalysesAndParsedArticlesInMemoryBetweenBuilds() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        var options = SiteBuilder.Options(projectRoot: project.root, output: project.site, manifest: .skipWhenUnchanged)
        let analyses = BuildMemory<String, ArticleDerivation>(), parsed = BuildMemory<ArticleSource, ArticleLoader.Loaded>()
        options.analyses = analyses
        options.parsed = parsed
        #expect(try SiteBuilder.build(options).analysed == 4)
        #expect(analyses.count == 4 && parsed.count == 4)
        // Without the analyses on disk, the unchanged articles' come from memory.
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(".brief-cache/\(AnalysisStore.folderName)"))
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nThe city hall was full.\n")
        #expect(try SiteBuilder.build(options).analysed == 1)
        #expect(analyses.count == 4 && parsed.count == 4, "the edited article's old analysis and parse are dropped")
        try expectSameAsClean(project)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/oslo.md"))
        #expect(try SiteBuilder.build(options).analysed == 0)
        #expect(analyses.count == 3 && parsed.count == 3)
        try expectSameAsClean(project)
    }

    @Test func aDeletedOrAddedArticleRebuildsToTheSameSiteAsACleanBuild() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/oslo.md"))
        _ = try incremental(project)
        try expectSameAsClean(project)
        #expect(!FileManager.default.fileExists(atPath: project.site.appendingPathComponent("articles/oslo/index.html").path))
        try project.write("content/articles/oslo.md", Self.files["content/articles/oslo.md"]!)
        #expect(try incremental(project).analysed == 1)
        try expectSameAsClean(project)
    }

    @Test func aChangedTemplateOrSettingRendersEveryPageAgain() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        let layout = String(decoding: Theme.builtIn.files["article.mustache"]!.contents, as: UTF8.self)
        try project.write("Templates/article.mustache", layout + "<!-- edited -->\n")
        let afterTemplate = try incremental(project)
        #expect(afterTemplate.reused == 0 && afterTemplate.analysed == 0)
        #expect(try project.read("articles/bern/index.html").contains("<!-- edited -->"))
        try expectSameAsClean(project)
        try project.write("brief.yml", "title: Summit Desk\n")
        #expect(try incremental(project).reused == 0)
        try expectSameAsClean(project)
    }

    @Test func aChangedCorrectionRendersThePagesItChanges() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        try project.write("content/corrections.yml", "- hide: Jonas Weber\n  note: Not part of the talks.\n")
        #expect(try incremental(project).reused == 0)
        try expectSameAsClean(project)
        try project.write("content/corrections.yml", "- hide: Jonas Weber\n  note: Not one of the delegates.\n")
        _ = try incremental(project)
        try expectSameAsClean(project)
        #expect(try project.read("articles/bern/index.html").contains("Not one of the delegates."))
    }

    @Test func aCorruptCacheIsIgnoredAndRebuilt() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        let cache = project.root.appendingPathComponent(".brief-cache")
        let analyses = cache.appendingPathComponent(AnalysisStore.folderName)
        for name in try FileManager.default.contentsOfDirectory(atPath: analyses.path) {
            let url = analyses.appendingPathComponent(name)
            var bytes = try [UInt8](Data(contentsOf: url))
            bytes[bytes.count / 2] ^= 0xFF
            try Data(bytes.prefix(bytes.count - 3)).write(to: url)
        }
        try Data("brief-page-inputs 1\nsite\t0\n".utf8).write(to: cache.appendingPathComponent(PageReuse.fileName))
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nMore.\n")
        let rebuilt = try incremental(project)
        #expect(rebuilt.analysed == 4 && rebuilt.reused == 0)
        try expectSameAsClean(project)
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]!)
        #expect(try incremental(project).analysed == 1, "the rebuilt cache is used again")
        try expectSameAsClean(project)
    }

    @Test func noCacheNeitherReadsNorWritesTheCache() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let options = SiteBuilder.Options(projectRoot: project.root, output: project.site, manifest: .record)
        #expect(try SiteBuilder.build(options).analysed == 4)
        let analyses = project.root.appendingPathComponent(".brief-cache/\(AnalysisStore.folderName)")
        #expect(!FileManager.default.fileExists(atPath: analyses.path))
        _ = try incremental(project)
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nMore.\n")
        let clean = try SiteBuilder.build(options)
        #expect(clean.analysed == 4 && clean.reused == 0)
        try expectSameAsClean(project)
    }

    @Test func aSiteChangedByHandIsNotReusedFrom() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try incremental(project)
        try Data("tampered".utf8).write(to: project.site.appendingPathComponent("articles/paris/index.html"))
        try project.write("content/articles/bern.md", Self.files["content/articles/bern.md"]! + "\n\nMore.\n")
        #expect(try incremental(project).reused == 0)
        try expectSameAsClean(project)
    }

    @Test func anAnalysisReadsBackAsItWasWritten() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let articles = try ProjectLoader.load(projectRoot: project.root).briefing.articles
        #expect(articles.count == 4)
        for article in articles {
            let derivation = ArticleDerivation(article)
            let bytes = AnalysisStore.encode(derivation)
            #expect(AnalysisStore.decode(bytes) == derivation)
            #expect(try CompactDecoder.decode(Article.self, from: CompactEncoder.encode(article)) == article)
            #expect(AnalysisStore.decode(Array(bytes.dropLast())) == nil)
            #expect(AnalysisStore.decode(bytes + [0]) == nil)
        }
    }
}
