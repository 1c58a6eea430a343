import BriefSite
import Foundation
import Testing

/// The demo site in a real browser (headless Chromium, skipped when it is not installed): from
/// `file://` and from `brief serve`, key content is in the rendered DOM, the search box finds what it
/// should, no script reports an error, and screenshots at phone and desktop widths are written to
/// `.build/screenshots/` for a person to look at.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed"))
struct BrowserTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = "articles/europe-ready-to-pledge-security-guarantees/index.html"
    static let headline = "Europe ready to pledge security guarantees for Ukraine, Macron says"

    let browser = Chromium(executable: Chromium.executable ?? "chromium")

    /// Builds the demo project into a fresh folder; the caller removes it.
    static func buildDemo() throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-browser-\(UUID().uuidString)", isDirectory: true)
        _ = try SiteBuilder.build(.init(projectRoot: repository, output: output))
        return output
    }

    static func expectClean(_ load: Chromium.Load, _ page: String) {
        #expect(load.scriptErrors.isEmpty, "\(page): \(load.scriptErrors)")
        #expect(load.dom.contains(#"data-search="ready""#), "\(page): search.js ran")
    }

    @Test func pagesRenderFromFileURLsWithWorkingSearchAndNoScriptErrors() async throws {
        let site = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(at: site) }
        let root = site.absoluteString
        async let home = browser.dumpDOM(root + "index.html?q=security%20guarantees")
        async let zakharova = browser.dumpDOM(root + "quotes/index.html?q=Zakharova")
        async let article = browser.dumpDOM(root + Self.seed + "?q=macron")
        async let timeline = browser.dumpDOM(root + "timeline/2025/index.html")
        let (homeDOM, articleDOM, timelineDOM, zakharovaDOM) = try await (home, article, timeline, zakharova)

        Self.expectClean(homeDOM, "home")
        #expect(homeDOM.dom.contains(Self.headline))
        let hit = #"<li class="search-hit"><span class="search-kind">Article</span><a href=""# + Self.seed + #"">"# + Self.headline
        #expect(homeDOM.dom.contains(hit), "the search box finds the article from the home page")

        Self.expectClean(zakharovaDOM, "quotes")
        #expect(zakharovaDOM.dom.contains(#"<span class="search-kind">Person</span><a href="../actors/maria-zakharova/index.html">Maria Zakharova</a>"#),
                "the search box finds her profile")
        #expect(zakharovaDOM.dom.contains(#"<span class="search-kind">Quote</span><a href="../articles/europe-ready-to-pledge-security-guarantees/index.html#p4">“absolutely unacceptable”</a>"#),
                "and her quote, linked to its paragraph")

        Self.expectClean(articleDOM, "article")
        #expect(articleDOM.dom.contains("<h1>\(Self.headline)</h1>"))
        #expect(articleDOM.dom.contains(#"<a href="../../"# + Self.seed + #"">"#), "results link relative to a page two folders down")

        Self.expectClean(timelineDOM, "timeline")
        #expect(timelineDOM.dom.components(separatedBy: #"<li class="timeline-entry"#).count - 1 == 4)
        #expect(timelineDOM.dom.contains(#"role="img" aria-labelledby="timeline-strip-title timeline-strip-desc""#))
        #expect(timelineDOM.dom.contains("week of 1 September 2025"))
    }

    @Test func screenshotsAtPhoneAndDesktopWidths() async throws {
        let site = try Self.buildDemo()
        defer { try? FileManager.default.removeItem(at: site) }
        let folder = Self.repository.appendingPathComponent(".build/screenshots", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shots: [(name: String, path: String, width: Int, height: Int, dark: Bool)] = [
            ("home-phone", "index.html", 390, 844, false), ("article-desktop", Self.seed, 1280, 900, false),
            ("timeline-phone", "timeline/index.html", 390, 844, false), ("timeline-desktop-dark", "timeline/index.html", 1280, 900, true),
            ("search-zakharova-phone", "index.html?q=Zakharova", 390, 844, false), ("actors-desktop", "actors/index.html", 1280, 900, false),
        ]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for shot in shots {
                let file = folder.appendingPathComponent("\(shot.name).png")
                try? FileManager.default.removeItem(at: file)
                group.addTask {
                    try await browser.screenshot(site.absoluteString + shot.path, width: shot.width, height: shot.height, dark: shot.dark, to: file)
                }
            }
            try await group.waitForAll()
        }
        for shot in shots {
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("\(shot.name).png").path)[.size] as? Int
            #expect((size ?? 0) > 5_000, "\(shot.name).png has content")
        }
        print("Screenshots for a person to look at: \(folder.path)/")
    }

    @Test func theSiteServedByBriefServeSearchesWithoutErrors() async throws {
        let project = TestProject(root: FileManager.default.temporaryDirectory.appendingPathComponent("brief-browser-serve-\(UUID().uuidString)", isDirectory: true))
        try project.write("brief.yml", try String(contentsOf: Self.repository.appendingPathComponent("brief.yml"), encoding: .utf8))
        let articles = Self.repository.appendingPathComponent("content/articles")
        for name in try FileManager.default.contentsOfDirectory(atPath: articles.path) {
            try project.write("content/articles/\(name)", try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8))
        }
        try await PreviewHarness.with(project) { harness in
            let load = try await browser.dumpDOM("http://127.0.0.1:\(harness.port)/?q=guarantees")
            Self.expectClean(load, "served home")
            #expect(load.dom.contains(#"<a href=""# + Self.seed + #"">"# + Self.headline))
        }
    }
}
