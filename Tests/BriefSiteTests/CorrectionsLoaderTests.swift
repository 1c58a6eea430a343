import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `content/corrections.yml` read from a project and shown on the built pages.
@Suite struct CorrectionsLoaderTests {
    static let files: [String: String] = [
        "brief.yml": "baseURL: https://example.org/\n",
        "content/articles/talks.txt": "Talks resume\nAnna Duarte spoke in Geneva on Monday.\n“The border will stay open for all who need it,” a statement read.\nBy Jane Roe\n",
        "content/articles/talks.yml": "date: 2025-06-02\n",
    ]

    @Test func aCorrectionGivesAQuotationItsSpeakerAndThePagesShowTheNote() throws {
        var files = Self.files
        files["content/corrections.yml"] = "- quote: border will stay open\n  article: talks\n  speaker: Anna Duarte\n  note: Her office confirmed it.\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        let result = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site))
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let speaker = try project.read("quotes/by/anna-duarte/index.html")
        #expect(speaker.contains("The border will stay open"))
        #expect(speaker.contains(#"<p class="editor-note"><span class="badge">Editors</span> The speaker was set by the editors: Her office confirmed it.</p>"#))
        #expect(try project.read("data/quotes.json").contains(#""speaker": "Anna Duarte""#))
    }

    @Test func badEntriesAreErrorsAndUnknownKeysWarningsAtTheirLines() throws {
        let (_, warnings) = try CorrectionsLoader.read("- quote: border\n  drop: true\n  colour: red\n")
        #expect(warnings.map(\.line) == [3])
        #expect(throws: Diagnostic.self) { try CorrectionsLoader.read("- quote: border\n") }
        #expect(throws: Diagnostic.self) { try CorrectionsLoader.read("- speaker: Anna Duarte\n") }
        #expect(throws: Diagnostic.self) { try CorrectionsLoader.read("quote: border\n") }
        var files = Self.files
        files["content/corrections.yml"] = "- quote: border\n  note: no action\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        let error = try #require(throws: DiagnosticList.self) { try SiteBuilder.build(.init(projectRoot: project.root, output: project.site)) }
        #expect(error.diagnostics.map(\.description).first?.hasPrefix("content/corrections.yml:1: error: the correction says neither") == true)
    }

    @Test func eachKindOfEntryIsReadFromItsFirstKey() throws {
        let (corrections, warnings) = try CorrectionsLoader.read("""
        - merge: [Zelensky, Zelenskiy]
          into: Volodymyr Zelenskyy
          note: One person.
        - merge: [Anna Duarte, A. Duarte]
        - split: John Smith
          article: [cup, transfer.md]
          into: John Smith (footballer)
        - hide: Having
        - event: summit opens
          article: talks
          date: 2025-W36
        - event: talks would resume
          drop: yes
        """)
        #expect(warnings.isEmpty)
        #expect(corrections.quotes.isEmpty)
        #expect(corrections.actors.map(\.action) == [
            .merge(names: ["Zelensky", "Zelenskiy"], into: "Volodymyr Zelenskyy"),
            .merge(names: ["Anna Duarte", "A. Duarte"], into: "Anna Duarte"),
            .split(name: "John Smith", articles: ["cup", "transfer.md"], into: "John Smith (footballer)"),
            .hide(name: "Having"),
        ])
        #expect(corrections.actors.map(\.line) == [1, 4, 5, 8])
        #expect(corrections.actors.first?.note == "One person.")
        #expect(corrections.events.map(\.action) == [.date(TimexValue(timeML: "2025-W36")), .drop])
        #expect(corrections.events.first?.article == "talks")
    }

    @Test func aMalformedEntryOfTheNewKindsIsAnErrorAtItsLineAndAStrayKeyAWarning() throws {
        let errors: [(String, String)] = [
            ("- split: John Smith\n  into: Other\n", "a split needs `article:`"),
            ("- split: John Smith\n  article: cup\n", "the correction has no `into`"),
            ("- merge: [Anna Duarte]\n", "a merge needs two names"),
            ("- event: summit\n  date: next week\n", "`date: next week` is no date"),
            ("- event: summit\n", "the correction says neither `date:` nor `drop: true`"),
            ("- hide: Having\n  quote: words\n", "one correction says both `quote:` and `hide:`"),
            ("- hide: [Having, Being]\n", "`hide` should be a single value"),
            ("- note: why\n", "the correction says neither `quote:`"),
        ]
        for (text, message) in errors {
            let error = try #require(throws: Diagnostic.self) { try CorrectionsLoader.read(text) }
            #expect(error.message.hasPrefix(message), "\(text): \(error.message)")
        }
        let (_, warnings) = try CorrectionsLoader.read("- hide: Having\n  speaker: Anna\n  not: x\n")
        #expect(warnings.map(\.line) == [3, 2])
        #expect(warnings.map(\.message) == ["unknown key `not` is ignored; did you mean `note`?",
                                            "`speaker` does nothing in a `hide:` correction and is ignored"])
    }

    @Test func checkReportsACorrectionThatMatchesNothing() throws {
        var files = Self.files
        files["content/corrections.yml"] = "- quote: words found nowhere\n  drop: true\n"
        let project = try TemporaryProject(files: files)
        defer { project.remove() }
        let report = ProjectChecker.check(projectRoot: project.root)
        #expect(report.entries.contains { $0.file == "content/corrections.yml" && $0.line == 1 && $0.message.contains("matches no quotation") })
    }
}
