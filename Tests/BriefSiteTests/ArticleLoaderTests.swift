import BriefCore
import Testing
@testable import BriefSite

@Suite struct ArticleLoaderTests {
    func load(_ path: String, _ text: String, sidecar: String? = nil) throws(Diagnostic) -> ArticleLoader.Loaded {
        let side = sidecar.map { ArticleSource.Sidecar(path: "content/articles/a.yml", bytes: Array($0.utf8)) }
        return try ArticleLoader.load(ArticleSource(path: path, bytes: Array(text.utf8), sidecar: side))
    }

    @Test func plainTextWithFrontMatter() throws {
        let loaded = try load("content/articles/paris.txt", """
        ---
        date: 2025-09-03
        source: Wire
        tags: [europe, security]
        ---
        Leaders meet in Paris
        They met.
        They talked.
        By Jane Roe
        """)
        let article = loaded.article
        #expect(article.title == "Leaders meet in Paris")
        #expect(article.paragraphs.map(\.text) == ["They met.", "They talked."])
        #expect(article.byline == "Jane Roe")
        #expect(article.date?.description == "2025-09-03")
        #expect(article.metadata.source == "Wire")
        #expect(article.metadata.tags == ["europe", "security"])
        #expect(loaded.wantedSlug == "paris")
    }

    @Test func plainTextWithASidecar() throws {
        let loaded = try load("content/articles/a.txt", "Headline\nText.\n", sidecar: "date: 2025-09-03\nsource: Caliber.Az\nslug: My Story\n")
        #expect(loaded.article.date?.day == CalendarDate(year: 2025, month: 9, day: 3))
        #expect(loaded.article.metadata.source == "Caliber.Az")
        #expect(loaded.wantedSlug == "my-story")
    }

    @Test func frontMatterOverridesTheSidecar() throws {
        let loaded = try load("content/articles/a.txt", "---\nsource: Inline\n---\nHeadline\nText.\n", sidecar: "source: Sidecar\ndate: 2025-01-02\n")
        #expect(loaded.article.metadata.source == "Inline")
        #expect(loaded.article.date?.description == "2025-01-02")
    }

    @Test func markdownWithFrontMatter() throws {
        let loaded = try load("content/articles/b.md", """
        ---
        title: "Summit: day one"
        date: 2025-09-04T09:30:00+02:00
        author: John Doe
        url: https://example.org/story
        draft: true
        ---
        The **summit** opened.

        | country | troops |
        |---|---|
        | France | yes |
        """)
        let article = loaded.article
        #expect(article.format == .markdown)
        #expect(article.title == "Summit: day one")
        #expect(article.byline == "John Doe")
        #expect(article.date?.time == "09:30:00+02:00")
        #expect(article.metadata.draft)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].text == "The summit opened.")
        #expect(article.paragraphs[0].html?.contains("<strong>summit</strong>") == true)
    }

    @Test func markdownTakesItsTitleFromALeadingHeading() throws {
        let loaded = try load("content/articles/c.md", "# The headline\n\nBody text.\n")
        #expect(loaded.article.title == "The headline")
        #expect(loaded.article.paragraphs.map(\.text) == ["Body text."])
    }

    @Test func aBadDateNamesFileAndLine() {
        do {
            _ = try load("content/articles/bad.md", "---\ntitle: X\ndate: next tuesday\n---\nBody\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "content/articles/bad.md")
            #expect(error.line == 3)
            #expect(error.message.contains("next tuesday"))
            #expect(error.hint?.contains("YYYY-MM-DD") == true)
        }
    }

    @Test func brokenYAMLNamesItsLineInTheFile() {
        do {
            _ = try load("content/articles/bad.md", "---\ntitle: X\ntags: [a, b\n---\nBody\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "content/articles/bad.md")
            #expect((error.line ?? 0) >= 3)
            #expect(error.message.contains("YAML"))
        }
    }

    @Test func aJavascriptSourceURLIsRefused() {
        #expect(throws: Diagnostic.self) { try load("content/articles/x.md", "---\nurl: javascript:alert(1)\n---\nBody\n") }
    }

    @Test func unknownKeysAreWarnings() throws {
        let loaded = try load("content/articles/x.md", "---\ndat: 2025-09-03\n---\nBody\n")
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.severity == .warning)
        #expect(loaded.warnings.first?.line == 2)
    }

    @Test func nonUTF8InputIsAnErrorNamingTheFile() {
        do {
            _ = try ArticleLoader.load(ArticleSource(path: "content/articles/latin1.txt", bytes: Array("Caf".utf8) + [0xE9, 0x0A]))
            Issue.record("expected an error")
        } catch {
            #expect(error.file == "content/articles/latin1.txt")
            #expect(error.message.contains("UTF-8"))
        }
    }
}
