import BriefSite
import Foundation
import Testing

/// Search from `file://` in headless Chromium (skipped when it is not installed): a page loads the
/// search manifest and nothing more of the index until the reader types, then the fragments that hold
/// the words typed; it finds an article, an actor and a quotation, and shows article text exactly,
/// markup, quotes, backslashes and line separators included; what is typed folds as the index did.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed"))
struct SearchBrowserTests {
    let browser = Chromium(executable: Chromium.executable ?? "chromium")

    /// A headline and paragraph that would break out of a script or a string if not escaped.
    static let nastyHeadline = #"Quotes "here", back\slash and </script><b>bold</b>"#
    static let nastyParagraph = "The line\u{2028}separator and the para\u{2029}graph stay in ‘curly’ quotes; Émile Жуков met O’Brien."

    /// Before typing, the probe records every resource the page asked for (relative to `root`, the
    /// site's address); then it types `query`, and a second later records them again. Inserted at the
    /// top of `<head>`, so it sees every element added after it.
    static func probe(root: String, typing query: String) -> String {
        """
        <script>
        (function () {
          var asked = [];
          var base = \(root.debugDescription);
          function note(node) {
            var url = node.tagName === "SCRIPT" || node.tagName === "IMG" ? node.src
              : node.tagName === "LINK" && /stylesheet|icon|preload/.test(node.rel) ? node.href : "";
            if (url) asked.push(url.replace(base, ""));
          }
          new MutationObserver(function (changes) {
            changes.forEach(function (change) { change.addedNodes.forEach(function (node) { if (node.tagName) note(node); }); });
          }).observe(document, { childList: true, subtree: true });
          if (window.fetch) { var fetch = window.fetch; window.fetch = function (url) { asked.push("fetch:" + url); return fetch.apply(this, arguments); }; }
          window.addEventListener("load", function () {
            setTimeout(function () {
              document.documentElement.setAttribute("data-before-typing", asked.join(" "));
              var input = document.querySelector("#site-search-q");
              input.value = \(query.debugDescription);
              input.dispatchEvent(new Event("input"));
              setTimeout(function () { document.documentElement.setAttribute("data-after-typing", asked.join(" ")); }, 1000);
            }, 500);
          });
        })();
        </script>
        """
    }

    /// Builds the demo articles and the nasty one; the caller removes the project.
    static func buildProject() throws -> TestProject {
        let project = TestProject(root: FileManager.default.temporaryDirectory.appendingPathComponent("brief-search-\(UUID().uuidString)", isDirectory: true))
        try project.write("brief.yml", "title: Search test\n")
        let articles = BrowserTests.repository.appendingPathComponent("content/articles")
        for name in try FileManager.default.contentsOfDirectory(atPath: articles.path) {
            try project.write("content/articles/\(name)", try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8))
        }
        try project.write("content/articles/nasty.txt", "\(nastyHeadline)\n\(nastyParagraph)\nBy Test Reporter\n")
        try project.write("content/articles/nasty.yml", "date: 2025-09-05\n")
        _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.output))
        return project
    }

    /// `page` of the site with the probe after its charset, saved beside it as `probe.html`.
    static func probePage(_ page: String, in project: TestProject, typing query: String) throws -> URL {
        let url = project.output.appendingPathComponent(page)
        let html = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: #"<meta charset="utf-8">"#, with: #"<meta charset="utf-8">"# + "\n" + probe(root: project.output.absoluteString, typing: query))
        let probe = url.deletingLastPathComponent().appendingPathComponent("probe.html")
        try Data(html.utf8).write(to: probe)
        return probe
    }

    static func attribute(_ name: String, in dom: String) -> [String] {
        guard let start = dom.range(of: name + "=\"") else { return [] }
        let rest = dom[start.upperBound...]
        return rest[..<(rest.firstIndex(of: "\"") ?? rest.endIndex)].split(separator: " ").map(String.init)
    }

    @Test func aPageLoadsOnlyTheManifestUntilTheReaderTypesThenFindsAQuote() async throws {
        let project = try Self.buildProject()
        defer { project.remove() }
        let probe = try Self.probePage("articles/index.html", in: project, typing: "zakharova unacceptable")
        let load = try await browser.dumpDOM(probe.absoluteString, virtualTimeBudget: 5_000)
        BrowserTests.expectClean(load, "probe")
        let before = Self.attribute("data-before-typing", in: load.dom)
        #expect(before.sorted() == ["assets/favicon.svg", "assets/search.js", "assets/style.css", "search-index.js"],
                "nothing of the index but the manifest before typing")
        let after = Self.attribute("data-after-typing", in: load.dom)
        let fragments = after.filter { !before.contains($0) }
        #expect(!fragments.isEmpty && fragments.allSatisfy { $0.hasPrefix("search/terms/") || $0.hasPrefix("search/entries/") },
                "then fragments of the index only: \(fragments)")
        #expect(!after.contains { $0.hasPrefix("fetch:") }, "script tags, which work from file://")
        #expect(load.dom.contains(#"<span class="search-kind">Quote</span><a href="../articles/europe-ready-to-pledge-security-guarantees/index.html#p4">“absolutely unacceptable”</a>"#))
        #expect(load.dom.contains(#"<p class="search-status">1 result</p>"#))
    }

    @Test func searchFromFileURLsFindsAnArticleAnActorAndAQuoteWithTheirTextIntact() async throws {
        let project = try Self.buildProject()
        defer { project.remove() }
        let root = project.output.absoluteString
        async let article = browser.dumpDOM(root + "index.html?q=back%5Cslash%20script", virtualTimeBudget: 5_000)
        async let actor = browser.dumpDOM(root + "quotes/index.html?q=Zelensk", virtualTimeBudget: 5_000)
        async let quote = browser.dumpDOM(root + "timeline/index.html?q=alliance%20europe", virtualTimeBudget: 5_000)
        async let separator = browser.dumpDOM(root + "index.html?q=separator", virtualTimeBudget: 5_000)
        let (articleDOM, actorDOM, quoteDOM, separatorDOM) = try await (article, actor, quote, separator)
        for (load, page) in [(articleDOM, "article"), (actorDOM, "actor"), (quoteDOM, "quote"), (separatorDOM, "separator")] {
            BrowserTests.expectClean(load, page)
        }
        let escaped = #"Quotes "here", back\slash and &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;"#
        #expect(articleDOM.dom.contains(#"<span class="search-kind">Article</span><a href="articles/nasty/index.html">"# + escaped + "</a>"),
                "the headline as text, exactly")
        #expect(actorDOM.dom.contains(#"<span class="search-kind">Person</span><a href="../actors/volodymyr-zelenskyy/index.html">Volodymyr Zelenskyy</a>"#),
                "an actor, by the start of a name")
        #expect(quoteDOM.dom.contains(#"<span class="search-kind">Quote</span><a href="../articles/europe-ready-to-pledge-security-guarantees/index.html#p7">“We need an alliance between Europe and the United States,”</a>"#))
        #expect(separatorDOM.dom.contains("<p class=\"search-detail\">\(Self.nastyParagraph)</p>"), "line separators survive the script")
    }

    @Test func whatIsTypedFoldsAsTheIndexDid() async throws {
        let project = try Self.buildProject()
        defer { project.remove() }
        let root = project.output.absoluteString
        let hit = #"<span class="search-kind">Article</span><a href="articles/nasty/index.html">"#
        for query in ["ÉMILE жуков o'brien", "emile ZHUKOV obrien", "Émile Жуков O’Brien", "zhukovx"] {
            let encoded = query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? query
            let load = try await browser.dumpDOM(root + "index.html?q=" + encoded, virtualTimeBudget: 5_000)
            BrowserTests.expectClean(load, query)
            #expect(load.dom.contains(hit) == (query != "zhukovx"), "\(query)")
        }
    }
}
