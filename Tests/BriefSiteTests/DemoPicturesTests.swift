import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BriefCore
@testable import BriefSite

/// The pictures and the CSV export of the built demo: each inline SVG is well-formed XML with its
/// title and description, the network links every drawn actor to a profile that exists, and
/// `data/quotes.csv` holds the same quotations as `data/quotes.json`.
@Suite struct DemoPicturesTests {
    /// Every `<svg>…</svg>` in `html`.
    static func pictures(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"<svg[\s\S]*?</svg>"#)
        return pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { Range($0.range, in: html).map { String(html[$0]) } }
    }

    /// Whether `svg` parses as XML on its own.
    static func isWellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    @Test func theDemoPicturesAreWellFormedLabelledAndLinked() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-pictures-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try SiteBuilder.build(.init(projectRoot: DemoContentTests.repository, output: output))
        let directory = try String(contentsOf: output.appendingPathComponent("actors/index.html"), encoding: .utf8)
        let network = try #require(Self.pictures(in: directory).first)
        #expect(Self.isWellFormed(network))
        #expect(network.contains(#"id="actor-network""#) && network.contains(#"<title id="actor-network-title">"#))
        #expect(network.contains("href=\"../actors/maria-zakharova/index.html\""))
        #expect(directory.contains("<summary>The pairs as a list</summary>"))
        let profile = try String(contentsOf: output.appendingPathComponent("actors/volodymyr-zelenskyy/index.html"), encoding: .utf8)
        let charts = Self.pictures(in: profile)
        #expect(charts.contains { $0.contains(#"id="activity-chart""#) && $0.contains("per month</title>") })
        #expect(charts.allSatisfy(Self.isWellFormed))
        #expect(try LinkChecker.brokenLinks(in: output) == [])

        let csv = try String(contentsOf: output.appendingPathComponent("data/quotes.csv"), encoding: .utf8)
        let quotes = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/quotes.json"))) as? [[String: Any]] ?? []
        #expect(csv.hasPrefix("quote,speaker,article,date,link\r\n"))
        let quotesPage = try String(contentsOf: output.appendingPathComponent("quotes/index.html"), encoding: .utf8)
        #expect(quotesPage.contains(#"<a href="../data/quotes.csv" download>quotes.csv</a>"#))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == quotes.count, "a header, a row per quotation, a final CRLF")
        for quote in quotes {
            let link = "articles/\(quote["article"] as? String ?? "")/#p\(quote["paragraph"] as? Int ?? 0)"
            #expect(csv.contains(link))
        }
    }

    @Test func awkwardNamesStayWellFormed() throws {
        let names = ["Ann <b>\"Ace\"</b>", "Bo & Co's", "Ça ‘va’ ]]>"]
        let actors = names.enumerated().map { index, name in
            Actor(id: "a\(index)", name: name, kind: .person, roles: [], aliases: [], mentions: 3 - index, quotes: 0, articles: ["x"])
        }
        let article = Article(slug: "x", sourcePath: "x.txt", format: .plainText, title: "X",
                              metadata: ArticleMetadata(date: PublicationDate.parse("2025-05-01")), byline: nil,
                              paragraphs: [Paragraph(number: 1, text: "x")])
        let mentions = actors.map { ActorMention(paragraph: 1, span: ByteSpan(start: 0, end: 1), actorID: $0.id) }
        let briefing = Briefing(settings: SiteSettings(), articles: [article], actors: actors, mentions: ["x": mentions])
        let index = BriefingIndex(briefing)
        let network = try #require(ActorNetwork.picture(briefing, index: index, from: ActorRoutes.directory))
        #expect(Self.isWellFormed(network.svg))
        for actor in actors { #expect(Self.isWellFormed(try #require(ActivityChart.svg(actor, index: index)))) }
    }
}
