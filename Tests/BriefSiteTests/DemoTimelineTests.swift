import Foundation
import Testing
@testable import BriefSite

/// The seed's timeline, as built from the repository's demo project.
@Suite struct DemoTimelineTests {
    @Test func theSeedsDatesAreOnTheTimelineWithLinksToTheirParagraphs() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-timeline-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try SiteBuilder.build(.init(projectRoot: DemoContentTests.repository, output: output))
        let data = try Data(contentsOf: output.appendingPathComponent("data/timeline.json"))
        let events = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let dated = events.map { ($0["date"] as? String ?? "", $0["paragraph"] as? Int ?? 0) }
        #expect(dated.contains { $0 == ("2025-09-04", 3) }, "the Paris summit")
        #expect(dated.contains { $0 == ("2025-09-04", 8) }, "the phone talks and the press conference")
        #expect(dated.contains { $0 == ("2025-W36", 9) }, "Merz this week")
        #expect(dated.contains { $0 == ("2025-08", 9) }, "Macron last month")
        #expect(!events.contains { ($0["date"] as? String)?.hasPrefix("P") == true }, "a duration is not an event")
        #expect(dated.map(\.0) == ["2025-08", "2025-W36", "2025-09-04", "2025-09-04"], "in order")
        let overview = try String(contentsOf: output.appendingPathComponent("timeline/index.html"), encoding: .utf8)
        #expect(overview.contains(#"<a href="../timeline/2025/index.html">2025</a>"#))
        let page = try String(contentsOf: output.appendingPathComponent("timeline/2025/index.html"), encoding: .utf8)
        #expect(page.contains("week of 1 September 2025"))
        #expect(page.contains("../../articles/europe-ready-to-pledge-security-guarantees/index.html#p8"))
        #expect(try LinkChecker.brokenLinks(in: output) == [])
    }

    @Test func theTimelineJSExportIsValidJSONWithTheSeedsEventsAtTheirPrecision() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("brief-tljs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        _ = try SiteBuilder.build(.init(projectRoot: DemoContentTests.repository, output: output))
        let data = try Data(contentsOf: output.appendingPathComponent("data/timelinejs.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let events = try #require(document["events"] as? [[String: Any]])
        #expect(events.count == 4)
        let starts = events.map { ($0["start_date"] as? [String: Int]) ?? [:] }
        #expect(starts.contains(["year": 2025, "month": 8]), "last month, at month precision")
        #expect(starts.filter { $0 == ["year": 2025, "month": 9, "day": 4] }.count == 2, "the summit and the talks")
        let week = try #require(events.first { $0["display_date"] as? String == "week of 1 September 2025" })
        #expect(week["start_date"] as? [String: Int] == ["year": 2025, "month": 9, "day": 1])
        #expect(week["end_date"] as? [String: Int] == ["year": 2025, "month": 9, "day": 7])
        #expect(Set(events.compactMap { $0["unique_id"] as? String }).count == 4)
        #expect(events.allSatisfy { (($0["text"] as? [String: String])?["headline"]).map { !$0.isEmpty } ?? false })
    }
}
