import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// What a newcomer is told: what is missing, an empty articles folder, and where to set baseURL.
@Suite struct ProjectMessagesTests {
    static let article = ["content/articles/a.md": "---\ntitle: A\ndate: 2025-01-02\n---\nText.\n"]

    func build(_ project: TemporaryProject) throws(DiagnosticList) -> SiteBuilder.Result {
        try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
    }

    @Test func aMissingProjectFolderIsSaidToBeMissing() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("brief-nope-\(UUID().uuidString)", isDirectory: true)
        let error = try #require(throws: DiagnosticList.self) {
            try SiteBuilder.build(.init(projectRoot: missing, output: missing.appendingPathComponent("site", isDirectory: true)))
        }
        #expect(error.diagnostics.map(\.message) == ["the project folder \(missing.path) does not exist"])
        #expect(!FileManager.default.fileExists(atPath: missing.path), "nothing is created")
    }

    @Test func aProjectWithoutArticlesFolderSaysSoAndHowToStart() throws {
        let project = try TemporaryProject(files: ["brief.yml": "title: T\n"])
        defer { project.remove() }
        let error = try #require(throws: DiagnosticList.self) { try build(project) }
        #expect(error.diagnostics.first?.message.hasPrefix("no content/articles/ folder in") == true)
        #expect(error.diagnostics.first?.hint?.contains("brief init") == true)
    }

    @Test func anEmptyArticlesFolderBuildsWithAWarningAndNoBaseURLWarning() throws {
        let project = try TemporaryProject(files: ["content/articles/notes.yml": "orphan: true\n"])
        defer { project.remove() }
        let result = try build(project)
        #expect(result.articles == 0)
        #expect(result.warnings.filter { $0.severity == .warning }.map(\.message) == ["content/articles/ holds no articles; the site has none"])
    }

    @Test func withoutBriefYmlTheBaseURLWarningSaysToCreateIt() throws {
        let project = try TemporaryProject(files: Self.article)
        defer { project.remove() }
        let warnings = try build(project).warnings.filter { $0.message.contains("baseURL") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.file == nil, "no brief.yml to point at")
        #expect(warnings.first?.hint?.contains("Create brief.yml") == true)
    }

    @Test func aCommentedOutBaseURLIsTheLineTheWarningNames() throws {
        var files = Self.article
        files["brief.yml"] = "title: T\n\n  # baseURL: https://example.org/\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        let warnings = try build(project).warnings.filter { $0.message.contains("baseURL") }
        #expect(warnings.map(\.description) == ["brief.yml:3: warning: baseURL is commented out: feeds and the sitemap use relative links\n  hint: Set `baseURL: https://your.host/path/` in brief.yml to the address the site will be published at, or `baseURL: none` if it will be read only where it is built."])
    }

    @Test func baseURLNoneSaysTheSiteIsPublishedNowhereAndWarnsOfNothing() throws {
        var files = Self.article
        files["brief.yml"] = "baseURL: none\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        #expect(try build(project).warnings.isEmpty)
        #expect(try project.read("feed.xml").contains(#"<link rel="alternate" type="text/html" href="./"/>"#), "the feed keeps its relative links")
    }

    @Test func aSetBaseURLWarnsOfNothing() throws {
        var files = Self.article
        files["brief.yml"] = "baseURL: https://example.org/b/\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        #expect(try build(project).warnings.isEmpty)
    }
}
