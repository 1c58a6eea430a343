import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// A rebuild writes only what changed: unchanged files keep their inode and modification time.
@Suite struct UnchangedFilesTests {
    func inode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }

    @Test func aRebuildKeepsUnchangedFilesAndReplacesChangedOnes() throws {
        let project = try TemporaryProject(files: [
            "content/articles/a.txt": "Talks in Paris\nThe talks opened.\n",
            "content/articles/b.txt": "Talks in Rome\nThe talks closed.\n",
        ])
        defer { project.remove() }
        let options = SiteBuilder.Options(projectRoot: project.root, output: project.site)
        _ = try SiteBuilder.build(options)
        let style = project.site.appendingPathComponent("assets/style.css")
        let edited = project.site.appendingPathComponent("articles/b/index.html")
        let before = (style: try inode(style), edited: try inode(edited))
        try project.write("content/articles/b.txt", "Talks in Rome\nThe talks closed late.\n")
        _ = try SiteBuilder.build(options)
        #expect(try inode(style) == before.style, "unchanged: linked from the old site")
        #expect(try inode(edited) != before.edited, "changed: written anew")
        #expect(try project.read("articles/b/index.html").contains("closed late"))
    }

    @Test func aCachingRebuildTouchesOnlyTheFilesThatChangeAndRemovesThoseGone() throws {
        let project = try TemporaryProject(files: [
            "content/articles/a.txt": "Talks in Paris\nThe talks opened.\n",
            "content/articles/b.txt": "Talks in Rome\nThe talks closed.\n",
            "content/articles/c.txt": "Talks in Oslo\nThe talks went on.\n",
        ])
        defer { project.remove() }
        let options = SiteBuilder.Options(projectRoot: project.root, output: project.site, manifest: .skipWhenUnchanged)
        _ = try SiteBuilder.build(options)
        let style = project.site.appendingPathComponent("assets/style.css").path
        let edited = project.site.appendingPathComponent("articles/b/index.html").path
        let before = (style: try #require(FileStamp(path: style)), edited: try #require(FileStamp(path: edited)))
        try project.write("content/articles/b.txt", "Talks in Rome\nThe talks closed late.\n")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/c.txt"))
        let result = try SiteBuilder.build(options)
        #expect(FileStamp(path: style) == before.style, "unchanged: not even linked again (its status-change time stays)")
        #expect(FileStamp(path: edited)?.inode != before.edited.inode, "changed: moved in anew")
        #expect(try project.read("articles/b/index.html").contains("closed late"))
        #expect(!FileManager.default.fileExists(atPath: project.site.appendingPathComponent("articles/c").path),
                "the removed article's folder is gone, not left empty")
        let beside = try FileManager.default.contentsOfDirectory(atPath: project.site.deletingLastPathComponent().path)
        #expect(!beside.contains { $0.hasPrefix(SiteWriter.stagingPrefix(for: project.site)) }, "no staging folder left: \(beside)")
        #expect(result.files == (FileTree(folder: project.site.path, includeHidden: true)?.entries.count ?? 0))
        #expect(try SiteBuilder.build(options).upToDate, "the site's record, made without walking it, matches the site")
    }

    @Test func aRebuildThatChangesMuchOfTheSiteSwapsItInWhole() throws {
        var files = ["brief.yml": "title: First edition\n"]
        for index in 0..<120 { files["content/articles/story-\(index).txt"] = "Story \(index)\nThe talks went on.\n" }
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        let options = SiteBuilder.Options(projectRoot: project.root, output: project.site, manifest: .skipWhenUnchanged)
        let first = try SiteBuilder.build(options)
        #expect(first.files > OverlayChanges.smallChange)
        let style = project.site.appendingPathComponent("assets/style.css").path
        let before = try #require(FileStamp(path: style))
        try project.write("brief.yml", "title: Second edition\n")
        _ = try SiteBuilder.build(options)
        let after = try #require(FileStamp(path: style))
        #expect(after.inode == before.inode && after.changed != before.changed, "linked into a new site swapped in whole")
        #expect(try project.read("articles/story-7/index.html").contains("Second edition"))
        #expect(try SiteBuilder.build(options).upToDate)
    }
}
