import BriefCore
import Foundation
import Synchronization
import Testing
@testable import BriefSite

/// The site written as a stream — pages derived, rendered and written a few at a time, data exports
/// piece by piece — is the site made whole in memory, and a rebuild with nothing changed writes no file.
@Suite struct StreamedSiteTests {
    /// Every file of the demo site made the old way: every page derived at once, rendered to a string,
    /// the published files and assets made whole.
    static func wholeSite(_ root: URL) throws -> [String: Data] {
        let theme = try Theme.load(projectRoot: root)
        let compiled = try CompiledTheme(theme)
        let briefing = try ProjectLoader.load(projectRoot: root).briefing
        let pages = SiteDeriver.pages(for: briefing)
        var files: [String: Data] = [OutputGuard.markerName: Data(OutputGuard.markerContents.utf8)]
        for page in pages { files[page.route.outputPath] = Data(try compiled.render(page, settings: briefing.settings).utf8) }
        for file in PublishedFiles.files(for: briefing, pages: pages) { files[file.path] = Data(file.text.utf8) }
        for (path, asset) in theme.assets { files[path] = Data(asset.contents) }
        return files
    }

    @Test func theStreamedDemoSiteEqualsTheSiteMadeWholeInMemory() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try SiteBuilder.build(.init(projectRoot: DemoContentTests.repository, output: output))
        let built = try TemporaryProject.snapshot(output)
        let whole = try Self.wholeSite(DemoContentTests.repository)
        #expect(built.keys.sorted() == whole.keys.sorted())
        for (path, bytes) in whole where built[path] != bytes { Issue.record("\(path) differs") }
        #expect(result.files == whole.count)
        #expect(result.bytes == whole.filter { $0.key != OutputGuard.markerName }.values.reduce(0) { $0 + $1.count })
    }

    @Test func aRebuildWithNothingChangedWritesNoFile() throws {
        let project = try TemporaryProject(files: SiteBuilderTests.project)
        defer { project.remove() }
        let options = SiteBuilder.Options(projectRoot: project.root, output: project.site)
        _ = try SiteBuilder.build(options)
        let before = try Self.identities(project.site)
        #expect(before.count > 20)
        let lines = LineLog()
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site, progress: lines.add))
        #expect(try Self.identities(project.site) == before, "every file keeps its inode and modification time")
        #expect(lines.all.contains { $0.hasPrefix("Rendered and wrote \(before.count - 1) files, 0 of them changed") })
    }

    /// Each file's inode and modification time, by relative path.
    static func identities(_ folder: URL) throws -> [String: String] {
        var found: [String: String] = [:]
        let base = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            found[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = "\(inode) \(modified)"
        }
        return found
    }
}

/// Phase lines a build reports, kept for a test to read.
final class LineLog: Sendable {
    private let lines = Mutex<[String]>([])

    /// Keeps `line`.
    @Sendable func add(_ line: String) { lines.withLock { $0.append(line) } }

    /// Every line kept.
    var all: [String] { lines.withLock { $0 } }
}
