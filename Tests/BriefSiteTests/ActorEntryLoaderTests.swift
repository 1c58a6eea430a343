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

    @Test func rolesWithYearsShowTheCurrentFirstAndNoArticleRoleOverridesThem() throws {
        let project = try TemporaryProject(files: [
            Self.article: "Talks resume\n“We are ready,” said Foreign Minister Olena Kovalenko on Monday.\nBy Jane Roe\n",
            "content/articles/talks.yml": "date: 2025-06-02\n",
            "content/actors/kovalenko.md": """
            ---
            name: Olena Kovalenko
            roles:
              - {title: Deputy Foreign Minister, from: 2014, to: 2019}
              - {title: Ambassador to Poland, from: 2019-03-01, to: 2023}
              - {title: Defence analyst, from: 2023}
            country: Ukraine
            ---
            """,
        ])
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let profile = try project.read("actors/kovalenko/index.html")
        #expect(profile.contains(#"<p class="lede">Defence analyst <span class="muted">since 2023</span>, Ukraine</p>"#))
        let past = try #require(profile.range(of: #"<p class="past-roles">"#).map { String(profile[$0.lowerBound...].prefix(400)) })
        #expect(past.contains(#"Ambassador to Poland <span class="muted">2019–2023</span>"#))
        #expect(past.contains(#"Deputy Foreign Minister <span class="muted">2014–2019</span>"#))
        #expect(past.range(of: "Ambassador")!.lowerBound < past.range(of: "Deputy")!.lowerBound, "the most recent past role first")
        let directory = try project.read("actors/index.html")
        #expect(directory.contains("Defence analyst"), "the registry's current role, not the article's Foreign Minister")
    }

    @Test func anImageBesideTheEntryIsCopiedAndShownWithItsAltText() throws {
        let project = try TemporaryProject(files: [
            Self.article: Self.articleText,
            "content/actors/kovalenko.md": "---\nname: Olena Kovalenko\nimage: kovalenko.png\nimageAlt: Olena Kovalenko in 2024\n---\n",
            "content/actors/kovalenko.png": "\u{89}PNG fake bytes",
        ])
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let profile = try project.read("actors/kovalenko/index.html")
        #expect(profile.contains(#"<img class="portrait" src="image.png" alt="Olena Kovalenko in 2024""#))
        #expect(try project.read("actors/kovalenko/image.png") == "\u{89}PNG fake bytes")
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
    }

    @Test func anImageOutsideContentOrNotAPictureIsAnErrorAndNothingIsPublished() throws {
        let project = try TemporaryProject(files: [
            Self.article: Self.articleText,
            "secret.png": "not for the site",
            "content/actors/a.md": "---\nname: Anna A\nimage: ../../secret.png\n---\n",
            "content/actors/b.md": "---\nname: Boris B\nimage: /etc/passwd\n---\n",
            "content/actors/c.md": "---\nname: Carl C\nimage: c.svg\n---\n",
            "content/actors/c.svg": "<svg onload=alert(1)/>",
            "content/actors/d.md": "---\nname: Dora D\nimage: missing.jpg\n---\n",
            "content/actors/e.md": "---\nname: Emil E\nimage: link.png\n---\n",
        ])
        defer { project.remove() }
        try FileManager.default.createSymbolicLink(atPath: project.root.appendingPathComponent("content/actors/link.png").path,
                                                   withDestinationPath: project.root.appendingPathComponent("secret.png").path)
        do {
            _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
            Issue.record("the build should fail")
        } catch {
            let messages = error.diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0): \($0.message)" }
            #expect(messages.contains("content/actors/a.md:3: image `../../secret.png` lies outside content/"))
            #expect(messages.contains("content/actors/b.md:3: image `/etc/passwd` is not a file beside the entry"))
            #expect(messages.contains("content/actors/c.md:3: image `c.svg` is not a picture brief publishes"))
            #expect(messages.contains { $0.hasPrefix("content/actors/d.md:3: image `missing.jpg` is not there") })
            #expect(messages.contains("content/actors/e.md:3: image `link.png` lies outside content/"))
        }
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
    }

    @Test func aBadRoleNamesItsFileAndLine() throws {
        let project = try TemporaryProject(files: [
            Self.article: Self.articleText,
            "content/actors/x.md": "---\nname: X\nroles:\n  - {title: Envoy, from: soon}\n---\n",
            "content/actors/y.md": "---\nname: Y\nroles:\n  - {title: Envoy, from: 2020, to: 2010}\n---\n",
        ])
        defer { project.remove() }
        do {
            _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
            Issue.record("the build should fail")
        } catch {
            let messages = error.diagnostics.map { "\($0.file ?? ""):\($0.line ?? 0): \($0.message)" }
            #expect(messages.contains("content/actors/x.md:4: `from: soon` is not a year"))
            #expect(messages.contains("content/actors/y.md:4: the role `Envoy` ends (2010) before it begins (2020)"))
        }
    }
}
