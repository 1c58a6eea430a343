import BriefCore
import Foundation
import Testing
@testable import BriefSite

@Suite struct ThemeTests {
    /// The repository's Templates/ folder.
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    @Test func theBuiltInThemeIsExactlyTheTemplatesFolder() throws {
        let onDisk = try TemporaryProject.snapshot(Self.templatesFolder)
            .filter { !$0.key.split(separator: "/").contains { $0.hasPrefix(".") } }
            .mapValues { String(decoding: $0, as: UTF8.self) }
        #expect(onDisk.keys.sorted() == DefaultTheme.files.keys.sorted(), "run `make theme` after editing Templates/")
        for (path, text) in onDisk {
            #expect(DefaultTheme.files[path] == text, "Templates/\(path) differs from the built-in copy: run `make theme`")
        }
    }

    @Test func theBuiltInThemeCompiles() throws {
        let compiled = try CompiledTheme(Theme.builtIn)
        for name in ["layout", "index", "article", "404"] { #expect(compiled.has(name)) }
    }

    @Test func aProjectTemplateOverridesOneFileAndKeepsTheRest() throws {
        let project = try TemporaryProject(files: ["Templates/404.mustache": "<p>Custom 404</p>"])
        defer { project.remove() }
        let theme = try Theme.load(projectRoot: project.root)
        #expect(theme.templates["404"]?.origin == "Templates/404.mustache")
        #expect(theme.templates["article"]?.origin.hasPrefix("(built-in)") == true)
        #expect(theme.assets["assets/style.css"] != nil)
    }

    @Test func aTemplateErrorNamesTheFileAndLine() throws {
        let project = try TemporaryProject(files: ["Templates/index.mustache": "<h1>{{title}}</h1>\n<ul>\n{{#articles}}\n<li>{{title}}</li>\n"])
        defer { project.remove() }
        let theme = try Theme.load(projectRoot: project.root)
        do {
            _ = try CompiledTheme(theme)
            Issue.record("expected a template error")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.file == "Templates/index.mustache")
            #expect(diagnostic.line != nil)
            #expect(diagnostic.message.contains("never closed"))
        }
    }

    @Test func templatesEscapeArticleText() throws {
        let compiled = try CompiledTheme(Theme.builtIn)
        let article = Article(slug: "x", sourcePath: "x.txt", format: .plainText, title: "<script>alert(1)</script>",
                              metadata: ArticleMetadata(source: "\"><img src=x onerror=alert(1)>"), byline: nil,
                              paragraphs: [Paragraph(number: 1, text: "<b>not bold</b>"),
                                           Paragraph(number: 2, text: "“We will <script>x</script> win,” said Jane <i>Smith.")])
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(title: "<i>Site</i>"), articles: [article])
        let index = BriefingIndex(briefing)
        let html = try compiled.render(ArticlePage.page(briefing.articles[0], briefing: briefing, index: index), settings: briefing.settings)
        #expect(briefing.quotes.count == 1)
        #expect(!html.contains("<script>x"))
        #expect(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!html.contains("<i>Smith"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>not bold"))
        #expect(!html.contains("<i>Site"))
        #expect(html.contains("&lt;b&gt;not bold&lt;/b&gt;"))
    }
}
