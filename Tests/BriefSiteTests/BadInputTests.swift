import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// Every class of bad input, built for real: a problem in one article is a warning naming its file and
/// line, the article is left out and the build goes on (failing under `strict`); a problem with the
/// project itself fails the build and leaves the previous site as it was.
@Suite struct BadInputTests {
    static let good = "content/articles/good.md"
    static let goodText = "---\ntitle: A good article\ndate: 2025-09-03\n---\nThe minister spoke.\n"
    /// Settings without a warning of their own (a missing baseURL is one).
    static let settings = "title: Bad input\nbaseURL: https://example.org/\n"

    func build(_ project: TemporaryProject, strict: Bool = false, output: URL? = nil) throws(DiagnosticList) -> SiteBuilder.Result {
        try SiteBuilder.build(.init(projectRoot: project.root, output: output ?? project.site, strict: strict))
    }

    /// Builds a project of the good article and `files`; the article at `path` is left out with a warning
    /// at `line` whose message holds `words`.
    func expectLeftOut(_ files: [String: String], path: String, line: Int?, saying words: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let project = try TemporaryProject(files: files.merging([Self.good: Self.goodText]) { a, _ in a })
        defer { project.remove() }
        let result = try build(project)
        #expect(result.articles == 1, sourceLocation: sourceLocation)
        let warning = result.warnings.first { $0.file == path }
        #expect(warning?.severity == .warning, sourceLocation: sourceLocation)
        #expect(warning?.line == line, sourceLocation: sourceLocation)
        #expect(warning?.message.contains(words) == true, "\(warning?.message ?? "no warning")", sourceLocation: sourceLocation)
        #expect(warning?.message.contains("left out") == true, sourceLocation: sourceLocation)
    }

    @Test func aBrokenArticleIsAWarningAndTheBuildGoesOn() throws {
        try expectLeftOut(["content/articles/bad.md": "---\ndate: someday\n---\nBody\n"], path: "content/articles/bad.md", line: 2, saying: "not a date")
        try expectLeftOut(["content/articles/open.md": "---\ntitle: Open\ndate: 2025-09-03\nBody without a fence.\n"],
                          path: "content/articles/open.md", line: 1, saying: "never closed")
        try expectLeftOut(["content/articles/yaml.md": "---\ntitle: [unclosed\n---\nBody\n"], path: "content/articles/yaml.md", line: 3, saying: "YAML")
        try expectLeftOut(["content/articles/empty.txt": ""], path: "content/articles/empty.txt", line: 1, saying: "empty")
        try expectLeftOut(["content/articles/blank.txt": " \n\t\n\n"], path: "content/articles/blank.txt", line: 1, saying: "empty")
        try expectLeftOut(["content/articles/bom.md": "\u{FEFF}---\r\ndate: 2025-13-40\r\n---\r\nBody\r\n"], path: "content/articles/bom.md", line: 2, saying: "not a date")
    }

    @Test func aBinaryOrLatin1FileIsLeftOutNamingLineAndByte() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText])
        defer { project.remove() }
        try project.write("content/articles/photo.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        try project.write("content/articles/nul.txt", bytes: Array("Headline\nText\u{0}\u{0}\n".utf8))
        try project.write("content/articles/latin1.txt", bytes: Array("Headline\nCaf".utf8) + [0xE9, 0x0A])
        let result = try build(project)
        #expect(result.articles == 1)
        let byFile = Dictionary(result.warnings.compactMap { w in w.file.map { ($0, w) } }, uniquingKeysWith: { a, _ in a })
        #expect(byFile["content/articles/photo.txt"]?.message.contains("UTF-8 at byte offset 0") == true)
        #expect(byFile["content/articles/nul.txt"]?.message.contains("binary") == true)
        #expect(byFile["content/articles/nul.txt"]?.line == 2)
        #expect(byFile["content/articles/latin1.txt"]?.line == 2)
    }

    @Test func strictFailsOnAnyWarningAndLeavesThePreviousSite() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText, "brief.yml": Self.settings])
        defer { project.remove() }
        _ = try build(project, strict: true)
        let before = try TemporaryProject.snapshot(project.site)
        try project.write("content/articles/bad.md", "---\ndate: someday\n---\nBody\n")
        do {
            _ = try build(project, strict: true)
            Issue.record("expected --strict to fail")
        } catch {
            #expect(error.diagnostics.contains { $0.file == "content/articles/bad.md" && $0.line == 2 && $0.severity == .error })
            #expect(error.diagnostics.last?.message.contains("--strict") == true)
        }
        #expect(try TemporaryProject.snapshot(project.site) == before)
        #expect(try build(project).articles == 1, "without --strict the good article is built")
    }

    @Test func whenNoArticleCanBeReadTheBuildFailsAndKeepsTheSite() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText])
        defer { project.remove() }
        _ = try build(project)
        let before = try TemporaryProject.snapshot(project.site)
        try project.write(Self.good, bytes: [0xFF, 0xFE, 0x41, 0])
        #expect(throws: DiagnosticList.self) { try build(project) }
        #expect(try TemporaryProject.snapshot(project.site) == before)
    }

    @Test func aBrokenTemplateOrSettingsFileIsAProjectError() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText])
        defer { project.remove() }
        _ = try build(project)
        let before = try TemporaryProject.snapshot(project.site)
        for (path, text) in [("Templates/article.mustache", "{{#paragraphs}}"), ("Templates/layout.mustache", "{{> partials/missing}}"),
                             ("brief.yml", "title: [x\n")] {
            try project.write(path, text)
            do {
                _ = try build(project)
                Issue.record("expected \(path) to fail the build")
            } catch {
                #expect(error.diagnostics.contains { $0.file?.hasSuffix(path) == true || $0.message.contains("missing") }, "\(error)")
            }
            #expect(try TemporaryProject.snapshot(project.site) == before)
            try? FileManager.default.removeItem(at: project.root.appendingPathComponent(path))
        }
    }

    @Test func anUnknownKeySuggestsTheKnownOne() throws {
        let project = try TemporaryProject(files: [Self.good: "---\ntitel: Typo\ndate: 2025-09-03\n---\nBody\n"])
        defer { project.remove() }
        let result = try build(project)
        let warning = result.warnings.first { $0.file == Self.good }
        #expect(warning?.line == 2)
        #expect(warning?.message == "unknown key `titel` is ignored; did you mean `title`?")
        #expect(result.articles == 1)
    }

    @Test func controlCharactersReachNoFileOfTheSite() throws {
        let evil = "\u{1B}[31m\u{1B}]0;pwned\u{07}\u{9B}2J\u{08}\u{7F}"
        let project = try TemporaryProject(files: [
            "content/articles/ctl\u{1B}[1m.txt": "Minister \(evil)Anna Weber speaks\n“We are\(evil) ready,” Weber said on March 4.\nBy Jane\(evil) Roe\n",
            "content/articles/ctl.md": "---\ntitle: Title \(evil)here\nauthor: A\(evil)B\ntags:\n  - x\(evil)y\ndate: 2025-09-03\n---\nBody \(evil)text.\n",
        ])
        defer { project.remove() }
        let result = try build(project)
        #expect(result.articles == 2, "\(result.warnings)")
        #expect(result.warnings.filter { $0.message.contains("control characters") }.count == 2)
        for (path, data) in try TemporaryProject.snapshot(project.site) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains(where: ControlCharacters.isUnwanted), "\(path) holds a control character")
        }
        #expect(result.warnings.allSatisfy { !$0.description.unicodeScalars.contains(where: ControlCharacters.isUnwanted) })
    }

    @Test func otherFileTypesAreIgnoredWithOneNote() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText, "brief.yml": Self.settings, "content/articles/photo.jpg": "jpeg",
                                                   "content/articles/notes.pdf": "pdf", "content/articles/a.txt": "A\nB.\n",
                                                   "content/articles/a.yml": "date: 2025-09-03\n"])
        defer { project.remove() }
        let result = try build(project, strict: true)
        #expect(result.articles == 2)
        let notes = result.warnings.filter { $0.severity == .note }
        #expect(notes.count == 1)
        #expect(notes.first?.message == "2 files are not an article and ignored: content/articles/notes.pdf, content/articles/photo.jpg")
    }

    @Test func symlinkLoopsAndLinksOutOfContentAreSkipped() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("brief-secret-\(UUID().uuidString).txt")
        try Data("Secret headline\nTOP SECRET paragraph.\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let project = try TemporaryProject(files: [Self.good: Self.goodText, "content/shared/inside.txt": "Linked headline\nA linked paragraph.\n"])
        defer { project.remove() }
        let articles = project.root.appendingPathComponent("content/articles")
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("secret.txt").path, withDestinationPath: outside.path)
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("up.txt").path, withDestinationPath: "../../brief.yml")
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("loop-a.txt").path, withDestinationPath: "loop-b.txt")
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("loop-b.txt").path, withDestinationPath: "loop-a.txt")
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("self").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("root").path, withDestinationPath: "/")
        try manager.createSymbolicLink(atPath: articles.appendingPathComponent("linked.txt").path, withDestinationPath: "../shared/inside.txt")
        #expect(mkfifo(articles.appendingPathComponent("pipe.txt").path, 0o644) == 0)
        let result = try build(project)
        #expect(result.articles == 2, "the good article and the link inside content/")
        let skipped = Set(result.warnings.filter { $0.message.hasPrefix("ignored:") }.compactMap(\.file))
        #expect(skipped == ["content/articles/secret.txt", "content/articles/passwd.txt", "content/articles/up.txt", "content/articles/loop-a.txt",
                            "content/articles/loop-b.txt", "content/articles/pipe.txt", "content/articles/self", "content/articles/root"])
        let site = try TemporaryProject.snapshot(project.site).values.map { String(decoding: $0, as: UTF8.self) }
        #expect(!site.contains { $0.contains("TOP SECRET") || $0.contains("root:x:0") })
        #expect(site.contains { $0.contains("A linked paragraph.") })
    }

    @Test func refusesRootHomeAndTheSourceFolder() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText])
        defer { project.remove() }
        let home = project.root.appendingPathComponent("home", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        for output in [URL(fileURLWithPath: "/"), project.root, project.root.appendingPathComponent("content")] {
            #expect(throws: Diagnostic.self) { try OutputGuard.check(output: output, projectRoot: project.root, home: home) }
        }
        do {
            try OutputGuard.check(output: home, projectRoot: project.root, home: home)
            Issue.record("an empty home folder is still refused")
        } catch {
            #expect(error.message.contains("home folder"))
        }
        #expect(throws: DiagnosticList.self) { try build(project, output: URL(fileURLWithPath: NSHomeDirectory())) }
        #expect(throws: DiagnosticList.self) { try build(project, output: URL(fileURLWithPath: "/")) }
    }

    @Test func anUnwritableOutputFolderIsAClearError() throws {
        let project = try TemporaryProject(files: [Self.good: Self.goodText])
        defer { project.remove() }
        // /proc refuses new files even to root, unlike a chmod'ed folder.
        let output = URL(fileURLWithPath: "/proc/brief-test-\(UUID().uuidString)/site")
        do {
            _ = try build(project, output: output)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.first?.message.contains("cannot create") == true, "\(error)")
            #expect(error.diagnostics.first?.hint?.contains("writable") == true)
        }
    }

    @Test func deeplyNestedMarkdownBuilds() throws {
        let depth = 5_000
        let quotes = String(repeating: "> ", count: depth) + "deep quote\n"
        // Lists nested on one line ("- - - x"): indented lines would make the file grow as the square of the depth.
        let lists = String(repeating: "- ", count: depth) + "x\n\n" + String(repeating: "1. ", count: depth) + "y\n\n"
            + String(repeating: "> - ", count: depth) + "z\n\n" + (0..<200).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n")
        let emphasis = String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth)
        let links = String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth)
        let project = try TemporaryProject(files: [
            "content/articles/nested.md": "---\ntitle: Nested\ndate: 2025-09-03\n---\n\(quotes)\n\(lists)\n\n\(emphasis)\n\n\(links)\n",
        ])
        defer { project.remove() }
        let start = ContinuousClock.now
        #expect(try build(project).articles == 1)
        #expect(ContinuousClock.now - start < .seconds(60))
        #expect(try project.read("articles/nested/index.html").contains("deep quote"))
    }

    @Test func duplicateTitlesAndSlugsGetTheirOwnPages() throws {
        let project = try TemporaryProject(files: [
            "content/articles/a.md": "---\ntitle: Same\nslug: same\n---\nOne.\n",
            "content/articles/b.md": "---\ntitle: Same\nslug: same\n---\nTwo.\n",
            "content/articles/same.txt": "Same\nThree.\n",
        ])
        defer { project.remove() }
        #expect(try build(project).articles == 3)
        let pages = try ["same", "same-2", "same-3"].map { try project.read("articles/\($0)/index.html") }
        #expect(Set(pages.map { ["One.", "Two.", "Three."].first(where: $0.contains) }).count == 3)
    }
}
