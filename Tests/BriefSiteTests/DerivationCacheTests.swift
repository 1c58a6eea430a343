import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `brief serve` keeps each article's analysis between rebuilds and redoes only the edited ones.
@Suite struct DerivationCacheTests {
    @Test func aRebuildAnalysesOnlyTheEditedArticleAndShowsTheEdit() throws {
        let project = try TemporaryProject(files: [
            "content/articles/a.txt": "Talks in Paris\n“We are ready,” Anna Lind said.\nBy Jo Bell\n",
            "content/articles/b.txt": "Talks in Rome\n“Not yet,” Marco Bassi said.\nBy Jo Bell\n",
        ])
        defer { project.remove() }
        let cache = DerivationCache()
        let options = SiteBuilder.Options(projectRoot: project.root, output: project.site, cache: cache)
        #expect(try SiteBuilder.build(options).analysed == 2)
        #expect(try SiteBuilder.build(options).analysed == 0)
        try project.write("content/articles/b.txt", "Talks in Rome\n“Soon,” Marco Bassi said.\nBy Jo Bell\n")
        #expect(try SiteBuilder.build(options).analysed == 1)
        #expect(cache.count == 2)
        let quotes = try project.read("data/quotes.json")
        #expect(quotes.contains("\"Soon,\"") && !quotes.contains("Not yet"))
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/a.txt"))
        _ = try SiteBuilder.build(options)
        #expect(cache.count == 1, "an article gone from the project leaves the cache")
    }
}
