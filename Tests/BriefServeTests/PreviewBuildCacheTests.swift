import BriefServe
import BriefSite
import Foundation
import Testing

/// `brief serve` builds as `brief build` does, with the project's `.brief-cache/`: a site already up
/// to date is served without building it again, and an edit re-analyses only the edited article and
/// links the pages it does not touch from the last site.
@Suite("Preview server build cache")
struct PreviewBuildCacheTests {
    /// A project of two articles, built once by `brief build` (with its cache), not yet served.
    static func builtProject() throws -> TestProject {
        let project = try TestProject.make()
        try project.write("content/articles/harbour.txt", TestProject.article(headline: "Port workers strike in Antwerp"))
        try project.write("content/articles/harbour.yml", "date: 2025-08-20\nsource: Test Wire\n")
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.output, manifest: .skipWhenUnchanged))
        return project
    }

    /// The result of the first build the server reported.
    static func firstBuild(_ events: [PreviewEvent]) -> SiteBuilder.Result? {
        events.lazy.compactMap { event -> SiteBuilder.Result? in
            if case .built(let result, _, true) = event { return result }
            return nil
        }.first
    }

    /// The result of the first rebuild after a change.
    static func rebuild(_ events: [PreviewEvent]) -> SiteBuilder.Result? {
        events.lazy.compactMap { event -> SiteBuilder.Result? in
            if case .built(let result, _, false) = event { return result }
            return nil
        }.first
    }

    @Test("a site brief build left up to date is served as it is, not built again")
    func upToDateSiteIsNotRebuilt() async throws {
        let project = try Self.builtProject()
        try await PreviewHarness.with(project) { server in
            let first = try #require(Self.firstBuild(server.log.all))
            #expect(first.upToDate)
            #expect(first.articles == 2)
            #expect(try await server.get("/").body.contains("Port workers strike in Antwerp"))
        }
    }

    @Test("an edit re-analyses the one article edited and reuses the pages it does not touch")
    func editReanalysesOneArticle() async throws {
        let project = try Self.builtProject()
        try await PreviewHarness.with(project) { server in
            try server.project.write("content/articles/summit.txt", TestProject.article(headline: "Leaders meet in Berlin"))
            let rebuilt = try await server.log.wait(within: .seconds(60)) { Self.rebuild($0) }
            #expect(!rebuilt.upToDate)
            // The server derives the up-to-date site in the background for previews; when the edit
            // lands before that, the background work has analysed the edited article already.
            #expect(rebuilt.analysed <= 1, "only the edited article is analysed again")
            #expect(rebuilt.reused > 0, "pages the edit does not touch are linked, not rendered")
            #expect(try await server.get("/").body.contains("Leaders meet in Berlin"))
            #expect(try await server.get("/").body.contains("Port workers strike in Antwerp"))
        }
    }
}
