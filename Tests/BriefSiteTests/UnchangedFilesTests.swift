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
}
