@testable import BriefServe
import BriefSite
import Foundation
import Testing

@Suite("Live-reload injection")
struct LiveReloadScriptTests {
    private func inject(_ html: String) -> String {
        String(decoding: LiveReloadScript.inject(into: Array(html.utf8)), as: UTF8.self)
    }

    @Test("goes before the last </body>, whatever its case")
    func beforeBody() {
        let tag = LiveReloadScript.tag
        #expect(inject("<p>a</p></body></html>") == "<p>a</p>\(tag)</body></html>")
        #expect(inject("<p>a</p></BODY>\n</html>") == "<p>a</p>\(tag)</BODY>\n</html>")
        #expect(inject("<pre>&lt;/body&gt;</pre></body>") == "<pre>&lt;/body&gt;</pre>\(tag)</body>")
    }

    @Test("is appended when there is no </body>")
    func appended() {
        #expect(inject("<p>fragment") == "<p>fragment" + LiveReloadScript.tag)
        #expect(inject("") == LiveReloadScript.tag)
    }

    @Test("adds exactly the tag's bytes (what Content-Length counts)")
    func length() {
        let html = Array("<html><body>x</body></html>".utf8)
        #expect(LiveReloadScript.inject(into: html).count == html.count + LiveReloadScript.tagBytes.count)
    }

    @Test("the script sets error text with textContent, never innerHTML")
    func scriptEscapes() {
        #expect(LiveReloadScript.source.contains("textContent = errors.join"))
        #expect(!LiveReloadScript.source.contains("innerHTML"))
    }

    @Test("brief build's output never contains the script")
    func notInBuildOutput() throws {
        let project = try TestProject.make()
        defer { project.remove() }
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.output))
        let files = FileManager.default.enumerator(atPath: project.output.path)?.allObjects as? [String] ?? []
        #expect(files.contains("index.html"))
        for file in files where file.hasSuffix(".html") {
            let text = try String(contentsOf: project.output.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("__brief"), "\(file) carries the preview script")
        }
    }
}
