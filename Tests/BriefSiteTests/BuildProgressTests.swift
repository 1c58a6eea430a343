import BriefCore
import Foundation
import Testing
@testable import BriefSite

@Suite struct BuildProgressTests {
    @Test func buildCountsEveryArticlePageAndFile() throws {
        let project = try TemporaryProject(files: SiteBuilderTests.project)
        defer { project.remove() }
        let meter = BuildProgress()
        let result = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site, meter: meter))
        let counts = meter.snapshot
        #expect(counts.articles == BuildProgress.Stage(done: result.articles, total: result.articles))
        #expect(counts.pages == BuildProgress.Stage(done: result.pages, total: result.pages))
        #expect(counts.files == BuildProgress.Stage(done: result.files, total: result.files))
    }

    @Test func lineShowsEachStageAndTheTime() {
        var counts = BuildProgress.Snapshot()
        counts.articles = BuildProgress.Stage(done: 812, total: 10_000)
        #expect(counts.line(elapsed: 4.24) == "812/10000 articles analysed, 0 pages rendered, 0 files written · 4.2 s")
        counts.articles.done = 10_000
        #expect(counts.line(elapsed: 6) == "10000/10000 articles analysed, 0 pages rendered, 0 files written · combining articles · 6.0 s")
    }
}
