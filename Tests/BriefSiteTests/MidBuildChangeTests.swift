import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// Files that change or vanish while a build runs, after the articles are listed and before they are
/// read (`SiteBuilder.Options.afterListing` makes the moment deterministic): the build warns, naming
/// each file gone, builds the rest from what it read, and never crashes; when nothing is left it fails
/// and the previous site stays exactly as it was.
@Suite struct MidBuildChangeTests {
    static let files = [
        "content/articles/alpha.md": "---\ntitle: Alpha talks\ndate: 2025-06-01\n---\n“We are ready,” Anna Weber said.\n",
        "content/articles/beta.md": "---\ntitle: Beta talks\ndate: 2025-06-02\n---\nLuis Ortega met Anna Weber in Geneva.\n",
        "content/articles/gamma.txt": "Gamma talks\nThe envoy arrived on Monday.\nBy Jane Roe\n",
        "content/articles/gamma.yml": "date: 2025-06-03\n",
    ]

    @Test func anArticleDeletedOrRewrittenAfterListingIsAWarningAndTheSiteIsWhole() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        var options = SiteBuilder.Options(projectRoot: project.root, output: project.site)
        let root = project.root
        options.afterListing = {
            try? FileManager.default.removeItem(at: root.appendingPathComponent("content/articles/alpha.md"))
            try? FileManager.default.removeItem(at: root.appendingPathComponent("content/articles/gamma.yml"))
            try? Data("---\ntitle: Beta talks, rewritten\ndate: 2025-06-02\n---\nLuis Ortega left Geneva.\n".utf8)
                .write(to: root.appendingPathComponent("content/articles/beta.md"))
        }
        let result = try SiteBuilder.build(options)
        let gone = result.warnings.filter { $0.file == "content/articles/alpha.md" || $0.file == "content/articles/gamma.yml" }
        #expect(gone.count == 2, "each vanished file is named: \(result.warnings.map(\.message))")
        #expect(gone.allSatisfy { $0.severity == .warning && $0.message.contains("cannot read the file") && $0.message.hasSuffix("the article is left out") })
        #expect(result.articles == 1)
        #expect(try project.read("articles/beta/index.html").contains("Beta talks, rewritten"), "built from the bytes read")
        #expect(!FileManager.default.fileExists(atPath: project.site.appendingPathComponent("articles/alpha").path))
        #expect(try project.read("index.html").contains("Beta talks, rewritten"))
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".site") && $0 != ".site.lock" }
        #expect(leftovers.isEmpty, "no staging folder is left: \(leftovers)")
    }

    @Test func everyArticleVanishingFailsTheBuildAndKeepsThePreviousSite() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let before = try TemporaryProject.snapshot(project.site)
        var options = SiteBuilder.Options(projectRoot: project.root, output: project.site)
        let articles = project.root.appendingPathComponent("content/articles")
        options.afterListing = {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? [] {
                try? FileManager.default.removeItem(at: articles.appendingPathComponent(name))
            }
        }
        do {
            _ = try SiteBuilder.build(options)
            Issue.record("a build with nothing left to read should fail")
        } catch {
            let files = Set(error.diagnostics.compactMap(\.file))
            #expect(files.isSuperset(of: ["content/articles/alpha.md", "content/articles/beta.md", "content/articles/gamma.txt"]))
            #expect(error.diagnostics.allSatisfy { $0.hint != nil }, "each says what to do")
        }
        #expect(try TemporaryProject.snapshot(project.site) == before)
    }
}
