@testable import BriefServe
import BriefSite
import Foundation
import Testing

@Suite("Preview pages")
struct PreviewPagesTests {
    @Test("a provisional page is served in place of the site's file, with the reload tag, until cleared")
    func servedUntilCleared() throws {
        let project = try TestProject.make()
        defer { project.remove() }
        try project.write("site/articles/summit/index.html", "<html><body>built</body></html>")
        let previews = PreviewPages()
        let provider = SiteFileProvider(root: project.root.appendingPathComponent("site").path, previews: previews)
        previews.show([ArticlePreviewer.PreviewPage(path: "articles/summit/index.html", html: Array("<html><body>edited</body></html>".utf8))])
        let served = try #require(provider.getFileIdentifier("/articles/summit/index.html"))
        let text = String(decoding: served.bytes, as: UTF8.self)
        #expect(text.contains("edited") && text.contains(LiveReloadScript.tag))
        #expect(provider.getFileIdentifier("/articles/../../etc/passwd") == nil)
        previews.clear()
        let built = try #require(provider.getFileIdentifier("/articles/summit/index.html"))
        #expect(String(decoding: built.bytes, as: UTF8.self).contains("built"))
    }
}
