import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `brief check` on a project: findings by file and line, nothing written, errors counted.
@Suite struct ProjectCheckerTests {
    static let files: [String: String] = [
        "brief.yml": "title: T\nbaseURL: https://example.org/\n",
        "content/articles/one.md": """
        ---
        title: Talks in Geneva
        date: 2025-06-02
        ---
        Foreign Minister Ines Duarte arrived in Geneva on Monday.

        See [the second day](../two/index.html#p9), [a missing page](../nope/index.html),
        [the source](two.md), [a folder](../two) and [a good one](../two/index.html#p1).

        ```
        [not a link](../inside/code.html)
        ```

        [ref]: /articles/two/
        """,
        "content/articles/two.md": "---\ntitle: Second day\n---\nThe talks resumed last Tuesday.\n",
    ]

    @Test func findingsComeByFileAndLineAndNothingIsWritten() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let report = ProjectChecker.check(projectRoot: project.root)
        #expect(report.articles == 2)
        let one = report.entries.filter { $0.file == "content/articles/one.md" }
        let links = one.filter { $0.kind == "broken-link" }
        #expect(links.map(\.line) == [7, 7, 8, 8, 14])
        #expect(links.allSatisfy { $0.severity == "error" })
        #expect(links.contains { $0.message.contains("`../two/index.html#p9`") && $0.message.contains("#p9") })
        #expect(links.contains { $0.message.contains("`two.md`") && $0.hint == "Link to the article's page: ../two/index.html." })
        #expect(links.contains { $0.message.contains("`../two`") && $0.message.contains("file://") })
        #expect(links.contains { $0.message.contains("`/articles/two/`") && $0.message.contains("host's root") })
        #expect(!one.contains { $0.message.contains("code.html") }, "fenced code is not checked")
        let undated = try #require(report.entries.first { $0.kind == "undated-article" })
        #expect(undated.file == "content/articles/two.md" && undated.line == 1)
        #expect(report.errors == 5)
        #expect(report.failed(strict: false))
        #expect(!FileManager.default.fileExists(atPath: project.site.path), "check writes no site")
    }

    @Test func aCleanProjectPassesAndWarningsFailOnlyWhenStrict() throws {
        let project = try TemporaryProject(files: ["content/articles/a.md": "---\ntitle: A\n---\nText.\n",
                                                   "brief.yml": "baseURL: https://example.org/\n"])
        defer { project.remove() }
        let report = ProjectChecker.check(projectRoot: project.root)
        #expect(report.errors == 0)
        #expect(report.warnings == 1, "the undated article: \(report.entries)")
        #expect(!report.failed(strict: false))
        #expect(report.failed(strict: true))
    }

    @Test func errorsThatStopABuildAreReportedWithTheirFile() throws {
        let project = try TemporaryProject(files: [
            "content/articles/a.md": "---\ntitle: [unclosed\n---\nText.\n",
            "Templates/index.mustache": "{{#open}}\n",
        ])
        defer { project.remove() }
        let report = ProjectChecker.check(projectRoot: project.root)
        #expect(report.entries.contains { $0.file == "content/articles/a.md" && $0.severity == "error" })
        #expect(report.entries.contains { $0.file == "Templates/index.mustache" && $0.severity == "error" })
        #expect(report.failed(strict: false))
        #expect(report.summary.hasPrefix("The project could not be loaded, so no article was checked"))
    }

    @Test func theJSONReportGroupsFindingsByFile() throws {
        let project = try TemporaryProject(files: Self.files)
        defer { project.remove() }
        let json = ProjectChecker.check(projectRoot: project.root).json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["errors"] as? Int == 5)
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["file"] as? String } == ["content/articles/one.md", "content/articles/two.md"])
        let first = try #require((files.first?["findings"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["line", "severity", "kind", "message", "hint"])
    }
}
