@testable import BriefServe
import Foundation
import Testing

@Suite("FileWatcher")
struct FileWatcherTests {
    private func watcher(_ project: TestProject, quietPeriod: Duration = .milliseconds(300)) -> FileWatcher {
        FileWatcher(root: project.root, pollInterval: .milliseconds(50), quietPeriod: quietPeriod,
                    settleInterval: .milliseconds(25))
    }

    @Test("sees edits, new files and deletions; ignores hidden files and editor backups")
    func snapshotDifferences() throws {
        let project = try TestProject.make()
        defer { project.remove() }
        let before = watcher(project).snapshot()
        try project.write("content/articles/.summit.txt.swp", "x")
        try project.write("content/articles/summit.txt~", "x")
        try project.write("site/index.html", "not watched")
        #expect(watcher(project).snapshot() == before)
        try project.write("content/articles/new.txt", "Headline\nText.\n")
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("brief.yml"))
        try project.write("Templates/article.mustache", "{{title}}")
        #expect(watcher(project).snapshot().changes(from: before)
                == ["Templates/article.mustache", "brief.yml", "content/articles/new.txt"])
    }

    @Test("several quick saves give one change, reported after they stop")
    func debounces() async throws {
        // Snapshots are scripted, not written, so a loaded machine that stalls a writer for
        // seconds cannot split the burst: the inputs change at each of the first five looks.
        let looks = LookCounter()
        var watcher = FileWatcher(root: URL(fileURLWithPath: "/nonexistent"), pollInterval: .milliseconds(5),
                                  quietPeriod: .milliseconds(100), settleInterval: .milliseconds(5))
        watcher.source = { looks.next() }
        let start = watcher.snapshot()
        let settled = try await watcher.nextChange(after: start)
        // Reported once, and only after the last save: a watcher without a quiet period would
        // report the first save and see the next four as further changes.
        #expect(settled == LookCounter.snapshot(saves: LookCounter.saves))
        #expect(settled.changes(from: start) == ["content/articles/summit.txt"])
    }

    @Test("a save on disk is seen")
    func seesASave() async throws {
        let project = try TestProject.make()
        defer { project.remove() }
        let watcher = watcher(project, quietPeriod: .milliseconds(100))
        let start = watcher.snapshot()
        try project.write("content/articles/summit.txt", TestProject.article(headline: "Saved"))
        let settled = try await watcher.nextChange(after: start)
        #expect(settled.changes(from: start) == ["content/articles/summit.txt"])
    }

    @Test("told by the kernel: a save, a new folder of articles and a removal are each seen")
    func hearsChanges() async throws {
        let project = try TestProject.make()
        defer { project.remove() }
        let watcher = watcher(project, quietPeriod: .milliseconds(50)).listening()
        #if os(Linux)
        #expect(watcher.notifier != nil)
        #endif
        var last = watcher.snapshot()
        try project.write("content/articles/summit.txt", TestProject.article(headline: "Saved"))
        var next = try await watcher.nextChange(after: last)
        #expect(next.changes(from: last) == ["content/articles/summit.txt"])
        last = next
        try project.write("content/articles/2026/new.txt", TestProject.article(headline: "New"))
        next = try await watcher.nextChange(after: last)
        #expect(next.changes(from: last) == ["content/articles/2026/new.txt"])
        last = next
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/2026"))
        next = try await watcher.nextChange(after: last)
        #expect(next.changes(from: last) == ["content/articles/2026/new.txt"])
        #expect(next == watcher.snapshot())
    }

    @Test("a snapshot updated at named paths equals a new one: files renewed, a removed folder dropped whole")
    func updatesPaths() throws {
        let project = try TestProject.make()
        defer { project.remove() }
        try project.write("content/articles/old/a.txt", "Headline\nText.\n")
        try project.write("content/articles/old/b.txt", "Headline\nText.\n")
        let before = watcher(project).snapshot()
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("content/articles/old"))
        try project.write("content/articles/summit.txt", "Headline\nEdited.\n")
        try project.write("content/articles/.summit.txt.swp", "x")
        let updated = before.updating(["content/articles/old", "content/articles/summit.txt", "content/articles/.summit.txt.swp"],
                                      root: project.root)
        #expect(updated == watcher(project).snapshot())
        #expect(updated.changes(from: before) == ["content/articles/old/a.txt", "content/articles/old/b.txt", "content/articles/summit.txt"])
    }
}

/// A scripted project: the first look sees no save, each of the next five one more save, and
/// every look after that the last.
private final class LookCounter: @unchecked Sendable {
    static let saves = 5
    private let lock = NSLock()
    private var count = 0

    func next() -> ProjectSnapshot {
        lock.lock()
        defer { lock.unlock() }
        let saves = min(count, Self.saves)
        count += 1
        return Self.snapshot(saves: saves)
    }

    static func snapshot(saves: Int) -> ProjectSnapshot {
        ProjectSnapshot(files: ["content/articles/summit.txt":
            ProjectSnapshot.Stamp(size: 100, seconds: 1_000 + saves, nanoseconds: 0, inode: 1)])
    }
}
