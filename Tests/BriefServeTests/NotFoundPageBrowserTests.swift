import BriefSite
import Foundation
import Testing

/// The 404 page at any depth, in a real browser (headless Chromium, skipped when it is not installed):
/// served by `brief serve` under a nested address its stylesheet, scripts and links resolve from the
/// site's root, and opened from `file://` it works as the other pages do. Screenshots go to
/// `.build/screenshots/` for a person to look at.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed"))
struct NotFoundPageBrowserTests {
    let browser = Chromium(executable: Chromium.executable ?? "chromium")

    @Test(arguments: [nil, "https://example.org/briefing/"])
    func aNestedMissingAddressGetsAWorkingStyledPage(baseURL: String?) async throws {
        let project = try TestProject.make()
        if let baseURL { try project.write("brief.yml", "title: Test briefing\nbaseURL: \(baseURL)\n") }
        try await PreviewHarness.with(project) { harness in
            let address = "http://127.0.0.1:\(harness.port)/articles/nope/deeper/"
            let load = try await browser.dumpDOM(address)
            BrowserTests.expectClean(load, "nested 404")  // search.js loaded from the root, or the search box would not be ready
            #expect(load.dom.contains("<h1>Page not found</h1>"))
            #expect(load.dom.contains(#"<base href="/">"#), "resolves from the server's root, even when baseURL names another path")
            #expect(load.dom.contains(#"<a class="skip-link" href="/articles/nope/deeper/#content">"#), "the skip link stays on the page")
            let folder = BrowserTests.repository.appendingPathComponent(".build/screenshots", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let shot = folder.appendingPathComponent("404-nested-\(baseURL == nil ? "plain" : "baseurl")-phone.png")
            try await browser.screenshot(address, width: 390, height: 844, to: shot)
        }
    }

    @Test func fromFileURLsThe404PageUsesItsRelativeLinks() async throws {
        let site = try BrowserTests.buildDemo()
        defer { try? FileManager.default.removeItem(at: site) }
        let load = try await browser.dumpDOM(site.absoluteString + "404.html")
        BrowserTests.expectClean(load, "404 from file://")
        #expect(!load.dom.contains("<base "), "no base: relative links already work beside the site's root")
    }
}
