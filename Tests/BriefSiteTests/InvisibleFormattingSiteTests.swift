import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// Names and titles carrying bidi controls and zero-width characters (issue 17) cannot reorder a
/// page's text: no file of the site holds one, and a name split by a zero-width space is one name.
@Suite struct InvisibleFormattingSiteTests {
    static let hidden: [Unicode.Scalar] = ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}",
                                           "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200B}", "\u{2060}"]

    @Test func noPageFeedOrDataFileShowsThemAndTheNamesReadAsWritten() throws {
        let project = try TemporaryProject(files: [
            "brief.yml": "title: Talks \u{202E}briefing\nbaseURL: none\n",
            "content/articles/talks.md": "---\ntitle: Talks \u{202E}resume\u{202C} in Geneva\ndate: 2025-06-02\nauthor: Jo \u{2067}Roe\u{2069}\n---\n"
                + "Anna Du\u{200B}arte met Boris \u{2067}Kane\u{2069} in Geneva on Monday.\n\n"
                + "“We are ready,” said Anna Du\u{200B}arte.\n\n“Nothing is settled,” said Boris Kane\u{202E}, 45.\n",
            "content/actors/mallory.md": "---\nname: \"Mallory \u{202E}Reyes\"\naliases: [\"Mal\u{200B}lory\"]\n---\nA biography with \u{2066}isolates\u{2069}.\n",
        ])
        defer { project.remove() }
        let result = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        let bidi = result.warnings.filter { $0.message.contains("bidirectional") }
        #expect(bidi.map(\.description).first?.hasPrefix("content/articles/talks.md:2: warning: invisible bidirectional controls") == true, "\(result.warnings)")
        var checked = 0
        for (path, bytes) in try TemporaryProject.snapshot(project.site) {
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.unicodeScalars.contains(where: Self.hidden.contains), "\(path) holds a bidi control or zero-width character")
            checked += 1
        }
        #expect(checked > 20)
        let actors = try project.read("data/actors.json")
        #expect(actors.contains(#""name": "Anna Duarte""#) && actors.contains(#""name": "Mallory Reyes""#), "\(actors)")
        let article = try project.read("articles/talks/index.html")
        #expect(article.contains("<h1>Talks resume in Geneva</h1>"))
    }
}
