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
