import Foundation
import Testing
@testable import BriefSite

/// Builds the repository's own demo project (the seed article) into a temporary folder.
@Suite struct DemoContentTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theSeedBuildsIntoAFrontPageAndAnArticlePageWithEveryParagraph() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try SiteBuilder.build(.init(projectRoot: Self.repository, output: output))
        #expect(result.articles >= 1)
        let seedPath = Self.repository.appendingPathComponent("content/articles/europe-ready-to-pledge-security-guarantees.txt")
        let seed = try String(contentsOf: seedPath, encoding: .utf8)
        let lines = seed.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let page = try String(contentsOf: output.appendingPathComponent("articles/europe-ready-to-pledge-security-guarantees/index.html"), encoding: .utf8)
        #expect(page.contains("<h1>\(lines[0])</h1>"))
        #expect(page.contains("By Aghakazim Guliyev"))
        #expect(page.contains(#"<time datetime="2025-09-03">3 September 2025</time>"#))
        #expect(page.contains("Caliber.Az"))
        for (number, paragraph) in lines.dropFirst().dropLast().enumerated() {
            #expect(Self.text(ofParagraph: number + 1, in: page) == paragraph, "paragraph \(number + 1)")
        }
        #expect(try LinkChecker.brokenLinks(in: output) == [])
    }

    @Test func theDemoBuildsWithoutAWarning() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try SiteBuilder.build(.init(projectRoot: Self.repository, output: output))
        #expect(result.warnings.map(\.description) == [], "the README's quick start builds the demo without a warning")
    }

    /// The text of `<p id="pN">…</p>` in `page` with its inline markup (quote marks, actor links) removed.
    static func text(ofParagraph number: Int, in page: String) -> String? {
        guard let start = page.range(of: "<p id=\"p\(number)\">"),
              let end = page.range(of: "</p>", range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }

    @Test func everyPersonOfTheSeedHasAProfileAndEveryQuoteItsSpeaker() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try SiteBuilder.build(.init(projectRoot: Self.repository, output: output))
        let persons = ["emmanuel-macron", "maria-zakharova", "volodymyr-zelenskyy", "vladimir-putin", "friedrich-merz",
                       "sebastien-lecornu", "xi-jinping", "kim-jong-un", "donald-trump"]
        for id in persons {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("actors/\(id)/index.html").path), "\(id)")
        }
        let actors = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/actors.json"))) as? [[String: Any]] ?? []
        #expect(Set(actors.filter { $0["kind"] as? String == "person" }.compactMap { $0["id"] as? String }) == Set(persons))
        let quotes = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/quotes.json"))) as? [[String: Any]] ?? []
        let speakers = quotes.map { $0["speakerId"] as? String ?? "-" }
        #expect(speakers == ["emmanuel-macron", "maria-zakharova", "maria-zakharova", "volodymyr-zelenskyy", "vladimir-putin",
                             "volodymyr-zelenskyy", "volodymyr-zelenskyy", "friedrich-merz", "emmanuel-macron", "sebastien-lecornu"])
        #expect(!quotes.contains { ($0["text"] as? String)?.contains("backstop") == true })
        let directory = try String(contentsOf: output.appendingPathComponent("actors/index.html"), encoding: .utf8)
        #expect(!directory.contains("Guliyev"))
        let quotesPage = try String(contentsOf: output.appendingPathComponent("quotes/index.html"), encoding: .utf8)
        #expect(quotesPage.contains(#"<a href="../actors/maria-zakharova/index.html">Maria Zakharova</a>"#))
        #expect(quotesPage.contains(#"href="../articles/europe-ready-to-pledge-security-guarantees/index.html#p4""#))
        #expect(try LinkChecker.brokenLinks(in: output) == [])
    }
}
