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
            #expect(page.contains("<p id=\"p\(number + 1)\">\(paragraph)</p>"), "paragraph \(number + 1)")
        }
        #expect(try LinkChecker.brokenLinks(in: output) == [])
    }
}
