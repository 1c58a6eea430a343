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
        let project = try TestProject.make()
        defer { project.remove() }
        // A quiet period far longer than the 30 ms between saves, so a loaded machine that oversleeps
        // a little does not split the burst.
        let watcher = watcher(project, quietPeriod: .seconds(1))
        let start = watcher.snapshot()
        let writer = Task {
            for index in 0..<5 {
                try project.write("content/articles/summit.txt", TestProject.article(headline: "Save \(index)"))
                try await Task.sleep(for: .milliseconds(30))
            }
        }
        let settled = try await watcher.nextChange(after: start)
        try await writer.value
        // Reported once, and only after the last save: a watcher without a quiet period would
        // report the first save and see the next four as further changes.
        #expect(settled == watcher.snapshot(), "the one change reported already holds the last save")
        #expect(settled.changes(from: start) == ["content/articles/summit.txt"])
    }
}
