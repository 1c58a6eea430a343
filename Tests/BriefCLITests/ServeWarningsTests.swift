import Foundation
import Testing

/// `brief serve` prints a warning when it first appears, not again after every rebuild.
@Suite struct ServeWarningsTests {
    @Test func theBaseURLWarningShowsOnceAcrossRebuilds() throws {
        let brief = try BriefBinary.find()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-serve-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try brief.run(["init", folder.path]).status == 0)
        let logs = folder.appendingPathComponent(".logs", isDirectory: true)
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let outURL = logs.appendingPathComponent("out"), errURL = logs.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        let process = Process()
        process.executableURL = brief.executable
        process.arguments = ["serve", "--port", "0", "--source", folder.path]
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() }; process.waitUntilExit() }
        let stdout = { String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self) }
        #expect(Self.wait(60) { stdout().contains("Serving") }, "\(stdout())")
        let article = folder.appendingPathComponent("content/articles/riverside-flood-barrier.md")
        for round in 1...2 {
            let text = try String(contentsOf: article, encoding: .utf8)
            try Data((text + "\nEdit \(round).\n").utf8).write(to: article)
            #expect(Self.wait(60) { stdout().components(separatedBy: "Rebuilt in").count - 1 == round }, "\(stdout())")
        }
        process.terminate()
        process.waitUntilExit()
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
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
