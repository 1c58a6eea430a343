import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `brief build` skips a build when nothing it reads changed and the site is intact, and builds in
/// full whenever it cannot prove that.
@Suite struct UpToDateBuildTests {
    static let files = [
        "content/articles/a.txt": "Talks in Paris\n“We are ready,” Anna Lind said.\nBy Jo Bell\n",
        "content/articles/b.txt": "Talks in Rome\n“Not yet,” Marco Bassi said.\nBy Jo Bell\n",
    ]

    func options(_ project: TemporaryProject, _ use: SiteBuilder.ManifestUse = .skipWhenUnchanged,
                 drafts: Bool = false) -> SiteBuilder.Options {
        SiteBuilder.Options(projectRoot: project.root, output: project.site, includeDrafts: drafts, manifest: use)
    }

    func inode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }

    @Test func aSecondBuildWithNothingChangedWritesNothingAndReportsTheFirst() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let first = try SiteBuilder.build(options(project))
        #expect(!first.upToDate)
        let site = try inode(project.site)
        let before = try TemporaryProject.snapshot(project.site)
        let second = try SiteBuilder.build(options(project))
        #expect(second.upToDate)
        #expect(second.articles == first.articles && second.pages == first.pages && second.files == first.files)
        #expect(second.bytes == first.bytes && second.warnings == first.warnings)
        #expect(try inode(project.site) == site, "the site was not swapped")
        #expect(try TemporaryProject.snapshot(project.site) == before)
    }

    @Test func anEditedAddedOrRemovedArticleBuildsAgain() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(options(project))
        try project.write("content/articles/b.txt", "Talks in Rome\n“Not now,” Marco Bassi said.\nBy Jo Bell\n")
        #expect(try !SiteBuilder.build(options(project)).upToDate)
        #expect(try project.read("data/quotes.json").contains("Not now"))
        try project.write("content/articles/c.txt", "Talks in Oslo\nThe talks went on.\n")
        #expect(try SiteBuilder.build(options(project)).articles == 3)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/a.txt"))
        let afterRemoval = try SiteBuilder.build(options(project))
        #expect(!afterRemoval.upToDate && afterRemoval.articles == 2)
        #expect(try SiteBuilder.build(options(project)).upToDate)
    }

    @Test func aTouchedFileWithTheSameBytesIsStillUpToDate() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(options(project))
        let path = project.root.appendingPathComponent("content/articles/a.txt").path
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        #expect(try SiteBuilder.build(options(project)).upToDate)
    }

    @Test func aChangedTemplateSettingsOrOptionBuildsAgain() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(options(project))
        try project.write("brief.yml", "title: Summit Desk\n")
        #expect(try !SiteBuilder.build(options(project)).upToDate)
        #expect(try project.read("index.html").contains("Summit Desk"))
        try project.write("Templates/assets/extra.css", "body { color: red }\n")
        #expect(try !SiteBuilder.build(options(project)).upToDate)
        #expect(FileManager.default.fileExists(atPath: project.site.appendingPathComponent("assets/extra.css").path))
        #expect(try !SiteBuilder.build(options(project, drafts: true)).upToDate)
        #expect(try SiteBuilder.build(options(project, drafts: true)).upToDate)
        #expect(try !SiteBuilder.build(options(project, .record)).upToDate, "--no-cache always builds")
    }

    @Test func aDamagedSiteOrManifestBuildsAgain() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(options(project))
        let clean = try TemporaryProject.snapshot(project.site)
        try FileManager.default.removeItem(at: project.site.appendingPathComponent("articles/b/index.html"))
        #expect(try !SiteBuilder.build(options(project)).upToDate)
        #expect(try TemporaryProject.snapshot(project.site) == clean)
        try Data("x".utf8).write(to: project.site.appendingPathComponent("stray.html"))
        #expect(try !SiteBuilder.build(options(project)).upToDate)
        #expect(try TemporaryProject.snapshot(project.site) == clean)
        let manifest = project.root.appendingPathComponent(".brief-cache/build-manifest")
        var text = try String(contentsOf: manifest, encoding: .utf8)
        text = text.replacingOccurrences(of: "content/articles/b.txt", with: "content/articles/z.txt")
        try Data(text.utf8).write(to: manifest)
        #expect(try !SiteBuilder.build(options(project)).upToDate, "an altered manifest is not trusted")
        try Data([0xFF, 0xFE, 0x00]).write(to: manifest)
        #expect(try !SiteBuilder.build(options(project)).upToDate, "nor a corrupt one")
        #expect(try TemporaryProject.snapshot(project.site) == clean)
        #expect(try SiteBuilder.build(options(project)).upToDate)
    }
}
