import Foundation
import Testing
@testable import BriefCore

/// The seed article (content/articles/, dated 2025-09-03), read from the repository.
@Suite struct SeedArticleTemporalTests {
    private static func seedParagraphs() throws -> [String] {
        let testFile = #filePath
        let root = testFile.split(separator: "/", omittingEmptySubsequences: false).dropLast(4).joined(separator: "/")
        let path = root + "/content/articles/europe-ready-to-pledge-security-guarantees.txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        lines.removeFirst()  // headline
        if lines.last?.hasPrefix("By ") == true { lines.removeLast() }
        return lines
    }

    @Test func seedDatesAndEvents() throws {
        let analysis = ArticleTemporalAnalysis(paragraphs: try Self.seedParagraphs(),
                                               date: CalendarDate(year: 2025, month: 9, day: 3),
                                               slug: "europe-ready-to-pledge-security-guarantees",
                                               path: "content/articles/europe-ready-to-pledge-security-guarantees.txt")
        let all = analysis.paragraphs.flatMap { paragraph in paragraph.timexes.map { (paragraph.paragraph, $0) } }
        let values = all.map { "\($0.1.text)=\($0.1.value)" }
        #expect(values.contains("three-and-a-half-year=P3Y6M"))
        #expect(all.filter { $0.1.text == "September 4" }.map { $0.1.value.description } == ["2025-09-04", "2025-09-04"])
        #expect(values.contains("this week=2025-W36"))
        #expect(values.contains("last month=2025-08"))
        #expect(!values.contains { $0.hasPrefix("the day") })

        let summit = analysis.events.filter { $0.date.description == "2025-09-04" }
        #expect(summit.count == 2)
        #expect(summit.allSatisfy { $0.scheduled })
        #expect(summit.contains { $0.text.contains("summit") })
        #expect(summit.contains { $0.text.contains("phone talks") && $0.text.contains("press conference") })
        #expect(analysis.events.contains { $0.date.description == "2025-W36" && $0.text.contains("Merz") })
        #expect(analysis.events.contains { $0.date.description == "2025-08" && $0.text.contains("ogre") })
        #expect(!analysis.events.contains { $0.date.description == "P3Y6M" })
        #expect(analysis.diagnostics.isEmpty)
    }
}
