import BriefCore
import BriefSite
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Nothing executes: a corpus of hostile payloads — script tags, event handlers, `javascript:`,
/// `data:` and `vbscript:` URLs, attribute breakouts, `</script>` meant for inline JSON, SVG tricks,
/// Mustache tags, bidi and zero-width characters in names, lookalike slugs — in titles, bodies, front
/// matter, actor entries and quotations, is built and loaded in headless Chromium (skipped when it is
/// not installed), from `file://` and from `brief serve`. Every payload that ran would mark the page
/// (`data-pwned` on `<html>`, an attribute name the payloads only assemble at run time); none may, and
/// the page's own search still works, finding the hostile articles and showing their text inert.
@Suite(.enabled(if: Chromium.executable != nil, "chromium is not installed"))
struct HostilePayloadBrowserTests {
    let browser = Chromium(executable: Chromium.executable ?? "chromium")

    /// JavaScript that marks the page as owned, named by `tag`; the attribute name is split so that the
    /// payload's text, shown escaped, never looks like the mark.
    static func mark(_ tag: String) -> String { "document.documentElement.setAttribute('data-'+'pwned','\(tag)')" }

    /// The payloads, each a string an article could carry.
    static let payloads: [String] = [
        "<script>\(mark("script"))</script>",
        "<img src=x onerror=\"\(mark("img"))\">",
        "\"><svg onload=\(mark("svg-attr"))>",
        "'><body onload=\(mark("body"))>",
        "</script><script>\(mark("json"))</script>",
        "</title><script>\(mark("title"))</script>",
        "<svg><script>\(mark("svg"))</script></svg>",
        "<iframe srcdoc=\"<script>parent.\(mark("iframe"))</script>\"></iframe>",
        "<a href=\"javascript:\(mark("href"))\">x</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=\(mark("mxss"))>",
        "{{#site}}{{{title}}}{{/site}} <!-- comment --> <![CDATA[ x ]]>",
        "\u{2028}\u{2029}\\u003c/script\\u003e ${alert} `backtick`",
    ]

    /// `text` as a single-quoted YAML scalar (no escapes; a quote is doubled).
    static func yaml(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    /// All payloads on one line.
    static let all = payloads.joined(separator: " ")

    /// The hostile project: plain-text and Markdown articles with payloads everywhere, a Markdown body
    /// with dangerous links, an editorial actor entry, names with bidi and zero-width characters.
    static func files() -> [String: String] {
        let quoted = payloads.enumerated().map { "“\($1)” Anna Weber said on March \($0 + 1), 2025." }.joined(separator: "\n")
        return [
            "brief.yml": "title: Hostile \(payloads[2])\ndescription: \(yaml(payloads[1]))\n",
            "content/articles/hostile-text.txt": "Weber \(payloads[0]) warns \(payloads[5])\n\(quoted)\n"
                + "Minister Anna Weber met \u{202E}Luis Ortega\u{202C} and Ann\u{200B}a We\u{200D}ber on March 20, 2025 \(all).\nBy \(payloads[2])\n",
            "content/articles/hostile-text.yml": "date: 2025-03-21\nsource: \(yaml(payloads[1]))\nauthor: \(yaml(payloads[3]))\n"
                + "url: \(yaml("https://example.org/\" onmouseover=\"" + mark("url")))\ntags: [\(yaml(payloads[4]))]\n",
            "content/articles/hostile.md": """
            ---
            title: \(yaml("Markdown " + payloads[6] + payloads[4]))
            date: 2025-03-22
            slug: "../../etc/passwd"
            ---
            Body \(all)

            [javascript link](javascript:\(mark("md-js"))) [vbscript](vbscript:msgbox) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
            [entity](&#106;avascript:\(mark("entity"))) <javascript:\(mark("autolink"))> ![img](javascript:\(mark("img-md")))

            <div onclick="\(mark("raw-html"))">raw</div>

            “\(payloads[0])” said Luis Ortega on Monday, March 17, 2025.
            """,
            "content/articles/bad-url.md": "---\ntitle: Bad URL\nurl: javascript:\(mark("front-url"))\n---\nLeft out.\n",
            "content/articles/lookalike.md": "---\ntitle: Аnna Wеber (Cyrillic А and е)\ndate: 2025-03-23\n---\nАnna Wеber said nothing.\n",
            "content/actors/anna-weber.md": """
            ---
            name: \(yaml("Anna Weber " + payloads[1]))
            aliases: [Anna Weber, \(yaml(payloads[0]))]
            kind: person
            role: \(yaml(payloads[2]))
            country: \(yaml(payloads[3]))
            links: [\(yaml("https://example.org/\" onclick=\"" + mark("link")))]
            ---
            Bio \(all) [bio link](javascript:\(mark("bio")))
            """,
        ]
    }

    static func build() throws -> TestProject {
        let project = TestProject(root: FileManager.default.temporaryDirectory.appendingPathComponent("brief-hostile-\(UUID().uuidString)", isDirectory: true))
        for (path, text) in files() { try project.write(path, text) }
        let result = try SiteBuilder.build(.init(projectRoot: project.root, output: project.output))
        #expect(result.articles == 3, "the article with a javascript: url is left out")
        #expect(result.warnings.contains { $0.file == "content/articles/bad-url.md" })
        return project
    }

    /// Pages to load: the front page searching for the payloads, the hostile articles, the profile, the
    /// quotations searched, the timeline with its SVG strip.
    static func pages(_ site: URL) throws -> [String] {
        let articles = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("articles").path)
            .filter { !$0.hasPrefix("20") && $0 != "index.html" && $0 != "undated" }.sorted()
        return ["index.html?q=pwned", "quotes/index.html?q=script", "timeline/2025/index.html", "actors/anna-weber/index.html"]
            + articles.map { "articles/\($0)/index.html?q=weber" }
    }

    static func expectInert(_ load: Chromium.Load, _ page: String) {
        #expect(!load.dom.contains("data-pwned"), "\(page): a payload ran")
        #expect(load.dom.contains(#"data-search="ready""#), "\(page): the page's own search script ran")
        #expect(load.scriptErrors.isEmpty, "\(page): \(load.scriptErrors)")
    }

    @Test func noPayloadRunsFromFileURLsAndSearchStillWorks() async throws {
        let project = try Self.build()
        defer { project.remove() }
        let pages = try Self.pages(project.output)
        #expect(pages.count == 7)
        for page in pages {
            let load = try await browser.dumpDOM(project.output.absoluteString + page, virtualTimeBudget: 3000)
            Self.expectInert(load, page)
            if page.hasPrefix("index.html?q=") {
                #expect(load.dom.contains(#"class="search-hit""#), "search finds the hostile articles")
            }
        }
    }

    @Test func noPayloadRunsFromBriefServe() async throws {
        let project = try Self.build()
        let pages = try Self.pages(project.output)
        try await PreviewHarness.with(project) { harness in
            // The pages whose text comes from the most fields; file:// loads them all.
            for page in pages where page.hasPrefix("index.html") || page.hasPrefix("actors/") || page.contains("hostile-text") {
                // No virtual time budget: the live-reload connection never goes idle, so it would never run out.
                let load = try await browser.dumpDOM("http://127.0.0.1:\(harness.port)/\(page)")
                Self.expectInert(load, page)
            }
        }
    }

    /// Event-handler attributes of real tags in `html`: quoted attribute values are blanked first (the
    /// templates always quote, and escaping turns a `"` in a value into `&quot;`), so a handler written
    /// as escaped text inside a value or between tags is not counted.
    static func eventHandlers(in html: String) -> [String] {
        let values = try! NSRegularExpression(pattern: #"="[^"]*""#)
        let blanked = values.stringByReplacingMatches(in: html, range: NSRange(html.startIndex..., in: html), withTemplate: "=\"\"")
        let handler = try! NSRegularExpression(pattern: #"<[a-z][^<>]*\son[a-z]+\s*="#)
        return handler.matches(in: blanked, range: NSRange(blanked.startIndex..., in: blanked)).compactMap {
            Range($0.range, in: blanked).map { String(blanked[$0]) }
        }
    }

    @Test func noFileCarriesAnExecutableURLOrBreaksOut() throws {
        let project = try Self.build()
        defer { project.remove() }
        let site = project.output.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: site)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String { paths.append(path) }
        #expect(!paths.contains { $0.contains("..") || $0.contains("passwd") && !$0.hasPrefix("articles/etc-passwd") })
        for path in paths where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") {
            let text = try String(contentsOfFile: site + "/" + path, encoding: .utf8).lowercased()
            for scheme in ["javascript:", "vbscript:", "data:text"] {
                #expect(!text.contains("href=\"\(scheme)") && !text.contains("src=\"\(scheme)"), "\(path) links \(scheme)")
            }
            #expect(!text.contains("<script>document"), "\(path) holds a live script tag")
            #expect(!text.contains("<img src=x"), "\(path) holds a live img tag")
            #expect(Self.eventHandlers(in: text).isEmpty, "\(path) holds a live event handler: \(Self.eventHandlers(in: text))")
        }
        for path in paths where path.hasSuffix(".xml") {
            #expect(XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: site + "/" + path))).parse(), "\(path) is well-formed")
        }
        for path in paths where path.hasSuffix(".json") {
            #expect((try? JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: site + "/" + path)))) != nil, "\(path) parses")
        }
        let slugs = paths.filter { $0.hasPrefix("articles/") || $0.hasPrefix("actors/") }.flatMap { $0.split(separator: "/") }
        #expect(slugs.allSatisfy { $0.allSatisfy { $0.isASCII } }, "every path segment is ASCII")
    }
}
