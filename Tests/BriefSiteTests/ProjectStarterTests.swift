import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `brief init`: a new project that builds into a site, and a folder in use left alone.
@Suite struct ProjectStarterTests {
    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("brief-init-\(UUID().uuidString)", isDirectory: true)
    }

    @Test func aStartedProjectBuildsIntoASiteWithItsExampleArticleAndActor() throws {
        let root = Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let started = try ProjectStarter.start(at: root, templates: false)
        #expect(started.files == [".gitignore", "brief.yml", "content/actors/elena-marsh.md", "content/articles/riverside-flood-barrier.md"])
        let result = try SiteBuilder.build(.init(projectRoot: root, output: root.appendingPathComponent("site", isDirectory: true)))
        #expect(result.articles == 1)
        #expect(result.warnings.map(\.description).filter { !$0.contains("baseURL") } == [], "no warning but the one that says where to set baseURL")
        let site = root.appendingPathComponent("site")
        let article = try String(contentsOf: site.appendingPathComponent("articles/riverside-flood-barrier/index.html"), encoding: .utf8)
        #expect(article.contains("Riverside council approves a flood barrier"))
        let profile = try String(contentsOf: site.appendingPathComponent("actors/elena-marsh/index.html"), encoding: .utf8)
        #expect(profile.contains("<h1>Elena Marsh</h1>"))
        #expect(profile.contains("invented town"), "the entry's biography is on the profile")
        #expect(profile.contains("We have waited long enough"), "her quotation is hers")
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains(">The one article, by month</a>") && !index.contains("All 1 articles"))
        let archive = try String(contentsOf: site.appendingPathComponent("articles/index.html"), encoding: .utf8)
        #expect(archive.contains("1 article, newest first"))
        let gitignore = try String(contentsOf: root.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(gitignore.contains("site/") && gitignore.contains(".brief-cache/"))
    }

    @Test func everySettingIsThereAndExplained() throws {
        let settings = StarterFiles.settings
        for key in SettingsReader.knownKeys {
            let line = try #require(settings.split(separator: "\n").firstIndex { $0.hasPrefix(key + ":") || $0.hasPrefix("# " + key + ":") }, "\(key)")
            #expect(settings.split(separator: "\n")[line - 1].hasPrefix("#"), "\(key) has a comment above it")
        }
        let (read, warnings) = try SettingsReader.read(yaml: settings, file: "brief.yml")
        #expect(warnings.isEmpty)
        #expect(read.title == "Riverside briefing")
    }

    @Test func templatesCopiesTheDefaultThemeThatThenBuilds() throws {
        let root = Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let started = try ProjectStarter.start(at: root, templates: true)
        #expect(started.files.contains("Templates/layout.mustache"))
        #expect(started.files.contains("Templates/assets/style.css"))
        let copied = try String(contentsOf: root.appendingPathComponent("Templates/layout.mustache"), encoding: .utf8)
        #expect(copied == DefaultTheme.files["layout.mustache"])
        _ = try SiteBuilder.build(.init(projectRoot: root, output: root.appendingPathComponent("site", isDirectory: true)))
    }

    @Test func aFolderThatHoldsSomethingIsRefusedAndLeftAsItWas() throws {
        let root = Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: root.appendingPathComponent("brief.yml"))
        #expect(throws: Diagnostic.self) { try ProjectStarter.start(at: root, templates: false) }
        do {
            _ = try ProjectStarter.start(at: root, templates: false)
        } catch {
            #expect(error.message.contains("is not empty") && error.message.contains("brief.yml"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["brief.yml"])
        #expect(try String(contentsOf: root.appendingPathComponent("brief.yml"), encoding: .utf8) == "mine")
    }

    @Test func aFolderWithOnlyGitIsStillNew() throws {
        let root = Self.scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(try ProjectStarter.start(at: root, templates: false).files.count == 4)
    }
}
