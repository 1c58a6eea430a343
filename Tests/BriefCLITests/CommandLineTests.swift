import Foundation
import Testing

/// The command line as a newcomer meets it: misspelt commands, help on a topic that is not one,
/// a project folder that does not exist, and `brief init` followed by `brief build`.
@Suite struct CommandLineTests {
    let brief: BriefBinary

    init() throws { brief = try BriefBinary.find() }

    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("brief-cli-\(UUID().uuidString)", isDirectory: true)
    }

    @Test func aMisspeltCommandGetsASuggestion() throws {
        let run = try brief.run(["biuld", "--source", "x"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("`biuld` is not a brief command. Did you mean `build`?"))
    }

    @Test func helpOnAnUnknownTopicFailsAndHelpOnACommandWorks() throws {
        let unknown = try brief.run(["help", "chekc"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no help on `chekc`"))
        #expect(unknown.stderr.contains("Did you mean `check`?"))
        let known = try brief.run(["help", "init"])
        #expect(known.status == 0)
        #expect(known.stdout.contains("brief init"))
    }

    @Test func aMissingSourceFolderIsSaidToBeMissingAndNoSiteIsMentioned() throws {
        let missing = Self.scratch().path
        let run = try brief.run(["build", "--source", missing])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: the project folder \(missing) does not exist"))
        #expect(run.stderr.contains("build failed; nothing was written"))
        #expect(!run.stderr.contains("was left as it was"))
    }

    @Test func explainPrintsTheRulesBehindEachFact() throws {
        let folder = Self.scratch()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bridge.txt")
        try "The bridge\n\nIlse Varga, the mayor, opened the bridge on Monday.\n\n“It took nine years,” she said.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let run = try brief.run(["explain", file.path, "--paragraph", "2"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("¶2 quotation: “It took nine years,”"))
        #expect(run.stdout.contains("speaker.after-quote: “she”"))
        #expect(run.stdout.contains("resolve.pronoun → Ilse Varga"))
        #expect(!run.stdout.contains("¶1 "))
        let json = try brief.run(["explain", file.path, "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"binding\":\"resolve.pronoun\""))
        let tooFar = try brief.run(["explain", file.path, "--paragraph", "9"])
        #expect(tooFar.status != 0)
        #expect(tooFar.stderr.contains("has no paragraph 9"))
        let missing = try brief.run(["explain", folder.appendingPathComponent("none.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot read the article"))
    }

    @Test func initThenBuildMakesASite() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let started = try brief.run(["init", folder.path])
        #expect(started.status == 0, "\(started.stderr)")
        #expect(started.stdout.contains("Started a briefing in"))
        let again = try brief.run(["init", folder.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is not empty"))
        let built = try brief.run(["build", "--source", folder.path])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("Built 1 article,"))
        #expect(built.stderr.components(separatedBy: "baseURL").count - 1 == 1, "the baseURL warning once: \(built.stderr)")
        #expect(built.stderr.contains("brief.yml:15: warning: baseURL is commented out"), "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/articles/riverside-flood-barrier/index.html").path))
    }

    @Test func checkFlagsAnUndatedArticleAndABrokenLinkAndFails() throws {
        let folder = Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try brief.run(["init", folder.path]).status == 0)
        #expect(try brief.run(["check", "--source", folder.path]).status == 0, "the starter project has no error")
        try Data("---\ntitle: Undated\n---\nSee [the barrier](../riverside-flood-barrier/index.html#p99).\n".utf8)
            .write(to: folder.appendingPathComponent("content/articles/undated.md"))
        let run = try brief.run(["check", "--source", folder.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("content/articles/undated.md\n  1: warning: the article has no date"), "\(run.stdout)")
        #expect(run.stdout.contains("4: error: the link `../riverside-flood-barrier/index.html#p99` names the anchor #p99"), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("site").path), "check writes nothing")
        let json = try brief.run(["check", "--format", "json", "--source", folder.path])
        #expect(json.status == 1)
        #expect(json.stdout.hasPrefix("{") && json.stdout.contains(#""kind" : "broken-link""#))
    }
}
