import Foundation
import Testing

/// `brief serve` prints a warning when it first appears, not again after every rebuild.
@Suite struct ServeWarningsTests {
    @Test func theBaseURLWarningShowsOnceAcrossRebuilds() throws {
        let brief = try BriefBinary.find()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-serve-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try brief.run(["init", folder.path]).status == 0)
        let serve = try brief.start(["serve", "--port", "0", "--source", folder.path], logs: folder.appendingPathComponent(".logs"))
        defer { serve.stop() }
        let stdout = { serve.stdout }
        #expect(Self.wait(60) { stdout().contains("Serving") }, "\(stdout())")
        let article = folder.appendingPathComponent("content/articles/riverside-flood-barrier.md")
        for round in 1...2 {
            let text = try String(contentsOf: article, encoding: .utf8)
            try Data((text + "\nEdit \(round).\n").utf8).write(to: article)
            #expect(Self.wait(60) { stdout().components(separatedBy: "Rebuilt in").count - 1 == round }, "\(stdout())")
        }
        serve.stop()
        let stderr = serve.stderr
        #expect(stderr.components(separatedBy: "baseURL").count - 1 == 1, "\(stderr)")
    }

    /// Polls `condition` every 50 ms for up to `seconds`.
    static func wait(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return condition()
    }
}
