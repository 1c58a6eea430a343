import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `brief serve`'s provisional page of an edited article, made against the last build, is the page
/// the full rebuild then writes when the edit names no one new; a name the last version did not have
/// is not linked to anyone; anything but an edit of a published article waits for the rebuild.
@Suite struct ArticlePreviewerTests {
    /// Three of the incremental build's articles, and one in plain text with a sidecar.
    static let files = IncrementalBuildTests.files.filter { $0.key != "content/articles/oslo.md" }
        .merging(["content/articles/lyon.txt": "Talks in Lyon\n\nJonas Weber, the mayor of Bern, welcomed the delegations.\n",
                  "content/articles/lyon.yml": "title: Delegations in Lyon\n"]) { $1 }

    /// Builds `project`, keeping what a preview needs.
    func build(_ project: TemporaryProject, keeping source: PreviewSource) throws {
        var options = SiteBuilder.Options(projectRoot: project.root, output: project.site)
        options.preview = source
        _ = try SiteBuilder.build(options)
    }

    func preview(_ paths: [String], _ project: TemporaryProject, _ source: PreviewSource) throws -> [ArticlePreviewer.PreviewPage]? {
        let kept = try #require(source.current)
        return ArticlePreviewer.pages(changed: paths, projectRoot: project.root, includeDrafts: false, kept: kept)
    }

    @Test("an edit that names no one new previews as the rebuild then writes it, quotes credited and names linked")
    func matchesRebuild() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let source = PreviewSource()
        try build(project, keeping: source)
        try project.write("content/articles/rome.md", """
            ---
            title: Talks in Rome, again
            date: 2024-03-05
            ---
            “Not yet, not today,” Marco Bassi said in Rome.

            Anna Lind said the talks would resume next week. “We wait,” Lind said. Lind left.

            A third paragraph, added.
            """)
        try project.write("content/articles/lyon.txt", "Talks in Lyon\n\nJonas Weber, the mayor of Bern, welcomed them.\n")
        let pages = try #require(try preview(["content/articles/rome.md", "content/articles/lyon.txt"], project, source))
        #expect(pages.map(\.path) == ["articles/rome/index.html", "articles/lyon/index.html"])
        let html = String(decoding: pages[0].html, as: UTF8.self)
        #expect(html.contains("Not yet, not today"))
        #expect(html.contains("data-speaker=\"Marco Bassi\""))
        #expect(String(decoding: pages[1].html, as: UTF8.self).contains("Delegations in Lyon"), "the sidecar's title")
        try build(project, keeping: source)
        for page in pages {
            #expect(String(decoding: page.html, as: UTF8.self) == (try project.read(page.path)))
        }
    }

    @Test("a name the article did not have before is left unlinked, its quotation uncredited, until the rebuild")
    func newNamesWait() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let source = PreviewSource()
        try build(project, keeping: source)
        try project.write("content/articles/lyon.txt", "Talks in Lyon\n\n“Welcome,” said Marco Bassi in Lyon.\n")
        let pages = try #require(try preview(["content/articles/lyon.txt"], project, source))
        let html = String(decoding: pages[0].html, as: UTF8.self)
        #expect(html.contains("Welcome"))
        #expect(!html.contains("data-speaker=\"Marco Bassi\""))
        #expect(!html.contains("actors/marco-bassi/"))
        try build(project, keeping: source)
        #expect(try project.read("articles/lyon/index.html").contains("data-speaker=\"Marco Bassi\""))
    }

    @Test("a template, a new article, a draft or an article that no longer loads is left to the rebuild")
    func onlyPublishedArticles() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let source = PreviewSource()
        try build(project, keeping: source)
        #expect(try preview(["Templates/article.mustache"], project, source) == nil)
        #expect(try preview(["brief.yml"], project, source) == nil)
        try project.write("content/articles/oslo.md", "---\ntitle: Oslo\n---\nText.\n")
        #expect(try preview(["content/articles/oslo.md"], project, source) == nil)
        try project.write("content/articles/paris.md", "---\ntitle: Paris\ndraft: true\n---\nText.\n")
        #expect(try preview(["content/articles/paris.md"], project, source) == nil)
        try project.write("content/articles/paris.md", "---\ntitle: [unclosed\n---\nText.\n")
        #expect(try preview(["content/articles/paris.md"], project, source) == nil)
        try project.write("content/articles/rome.md", "---\ntitle: Rome\nslug: elsewhere\n---\nText.\n")
        #expect(try preview(["content/articles/rome.md"], project, source) == nil)
    }

    @Test("a build keeps its own base once swapped in; a failed build leaves the last good one")
    func keepsTheLastGoodBuild() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let source = PreviewSource()
        try build(project, keeping: source)
        #expect(source.current?.base.articleCount == 4)
        try project.write("content/articles/oslo.md", "---\ntitle: Oslo\n---\nText.\n")
        try project.write("Templates/layout.mustache", "{{#broken}}")
        #expect(throws: DiagnosticList.self) { try build(project, keeping: source) }
        #expect(source.current?.base.articleCount == 4)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent("Templates"))
        try build(project, keeping: source)
        #expect(source.current?.base.articleCount == 5)
        source.forget()
        #expect(source.current == nil)
    }
}
