import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `content/actors/*.md`: editorial entries read from a project and shown on profiles.
@Suite struct ActorEntryLoaderTests {
    static let article = "content/articles/talks.txt"
    static let articleText = "Talks resume\n“We are ready,” Olena Kovalenko said on Monday.\nBy Jane Roe\n"

    @Test func anEntryRenamesEnrichesAndLinksTheProfile() throws {
        let project = try TemporaryProject(files: [
            Self.article: Self.articleText,
            "content/articles/talks.yml": "date: 2025-06-02\n",
            "content/actors/kovalenko.md": """
            ---
            name: Olena Kovalenko-Hart
            aliases: [Olena Kovalenko]
            kind: person
            role: Defence analyst
            country: Ukraine
            links: [https://example.org/kovalenko]
            ---
            Writes on **defence**. <script>alert(1)</script>
            """,
        ])
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let profile = try project.read("actors/kovalenko/index.html")
        #expect(profile.contains("<h1>Olena Kovalenko-Hart</h1>"))
        #expect(profile.contains("Defence analyst, Ukraine"))
        #expect(profile.contains("<strong>defence</strong>"))
        #expect(!profile.contains("<script>alert"), "the biography is rendered in safe mode")
        #expect(profile.contains(#"href="https://example.org/kovalenko""#))
        let article = try project.read("articles/talks/index.html")
        #expect(article.contains(#"href="../../actors/kovalenko/index.html">Olena Kovalenko</a>"#))
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
    }

    @Test func aBadEntryIsAnErrorNamingItsFileAndLine() throws {
        let project = try TemporaryProject(files: [
            Self.article: Self.articleText,
            "content/actors/x.md": "---\nname: X\nkind: planet\nlinks: [javascript:alert(1)]\n---\n",
            "content/actors/nameless.md": "---\nrole: Envoy\n---\n",
        ])
        defer { project.remove() }
        #expect(throws: DiagnosticList.self) { try SiteBuilder.build(.init(projectRoot: project.root, output: project.site)) }
        do {
            _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        } catch {
            let messages = error.diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0): \($0.message)" }
            #expect(messages.contains("content/actors/x.md:3: kind `planet` is not one brief knows"))
            #expect(messages.contains("content/actors/nameless.md:2: the entry has no `name`"))
        }
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
    }
}
