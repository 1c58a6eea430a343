import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// `content/corrections.yml` merging, splitting and hiding actors and fixing events, through a real
/// build of a small project: what the pages and data files show, the editors' notes, and the
/// warnings of entries that match nothing.
@Suite struct ActorCorrectionsTests {
    static let files: [String: String] = [
        "brief.yml": "baseURL: https://example.org/\n",
        "content/articles/kyiv.md": "---\ntitle: Kyiv holds the line\ndate: 2025-06-02\n---\nVolodymyr Zelenskyy met envoys in Kyiv on Monday.\n\n“We will hold the line,” Zelenskyy said.\n",
        "content/articles/berlin.md": "---\ntitle: Berlin visit\ndate: 2025-06-03\n---\nVolodymyr Zelensky arrived in Berlin on Tuesday.\n\n“Europe stands with us,” Zelensky said.\n",
        "content/articles/cup.md": "---\ntitle: Cup final\ndate: 2025-06-04\n---\nStriker John Smith scored twice in the cup final on Saturday.\n\n“It was a dream,” John Smith said.\n",
        "content/articles/budget.md": "---\ntitle: Budget day\ndate: 2025-06-05\n---\nFinance minister John Smith presented the budget on Wednesday.\n\n“The numbers add up,” Smith said.\n",
        "content/articles/talks.md": "---\ntitle: Talks resume\ndate: 2025-06-06\n---\nMaria Lopez said the talks would resume on June 20.\n\n“We are ready,” Lopez said.\n\nThe summit opens on June 10 in Geneva.\n",
    ]

    /// The project with `corrections` as `content/corrections.yml`, built.
    static func built(_ corrections: String?) throws -> (project: TemporaryProject, result: SiteBuilder.Result) {
        var files = Self.files
        files["content/corrections.yml"] = corrections
        let project = try TemporaryProject(files: files)
        do {
            return (project, try SiteBuilder.build(.init(projectRoot: project.root, output: project.site)))
        } catch {
            project.remove()
            throw error
        }
    }

    /// `data/actors.json` by id.
    static func actors(_ project: TemporaryProject) throws -> [String: [String: Any]] {
        let list = try JSONSerialization.jsonObject(with: Data(try project.read("data/actors.json").utf8)) as? [[String: Any]] ?? []
        return Dictionary(list.map { ($0["id"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `data/quotes.json`: each quotation's words and its speaker's id (or "").
    static func speakers(_ project: TemporaryProject) throws -> [String: String] {
        let list = try JSONSerialization.jsonObject(with: Data(try project.read("data/quotes.json").utf8)) as? [[String: Any]] ?? []
        return Dictionary(list.map { ($0["text"] as? String ?? "", $0["speakerId"] as? String ?? "") }, uniquingKeysWith: { first, _ in first })
    }

    static func exists(_ project: TemporaryProject, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: project.site.appendingPathComponent(path).path)
    }

    @Test func withoutCorrectionsTheTwoSpellingsAndTheTwoJohnSmithsAreAsTheExtractionMadeThem() throws {
        let (project, _) = try Self.built(nil)
        defer { project.remove() }
        let actors = try Self.actors(project)
        #expect(Set(actors.keys) == ["volodymyr-zelensky", "volodymyr-zelenskyy", "john-smith", "maria-lopez"])
        #expect(actors["john-smith"]?["articles"] as? [String] == ["budget", "cup"])
    }

    @Test func aMergeMakesOneProfileOfTwoWithEverythingOfBothAndTheNote() throws {
        let (project, result) = try Self.built("""
        - merge: [Volodymyr Zelensky]
          into: Volodymyr Zelenskyy
          note: Both spellings name the President of Ukraine.
        """)
        defer { project.remove() }
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let actors = try Self.actors(project)
        #expect(actors["volodymyr-zelensky"] == nil && !Self.exists(project, "actors/volodymyr-zelensky/index.html"))
        let merged = try #require(actors["volodymyr-zelenskyy"])
        #expect(merged["articles"] as? [String] == ["berlin", "kyiv"])
        #expect(merged["quotes"] as? Int == 2)
        #expect((merged["aliases"] as? [String])?.contains("Volodymyr Zelensky") == true)
        let speakers = try Self.speakers(project)
        #expect(speakers["Europe stands with us,"] == "volodymyr-zelenskyy" && speakers["We will hold the line,"] == "volodymyr-zelenskyy")
        let profile = try project.read("actors/volodymyr-zelenskyy/index.html")
        #expect(profile.contains("Europe stands with us") && profile.contains("Berlin visit"))
        #expect(profile.contains(#"<p class="editor-note"><span class="badge">Editors</span> The editors merged “Volodymyr Zelensky” into this profile: Both spellings name the President of Ukraine.</p>"#))
        let berlin = try project.read("articles/berlin/index.html")
        #expect(berlin.contains(#"href="../../actors/volodymyr-zelenskyy/index.html""#), "the article links the merged profile")
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
    }

    @Test func aSplitGivesWhatOneArticleSaysToAnotherActorAndNotesItOnBothProfiles() throws {
        let (project, result) = try Self.built("""
        - split: John Smith
          article: cup
          into: John Smith (footballer)
          note: The striker is not the finance minister.
        """)
        defer { project.remove() }
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let actors = try Self.actors(project)
        #expect(actors["john-smith"]?["articles"] as? [String] == ["budget"])
        #expect(actors["john-smith"]?["quotes"] as? Int == 1)
        #expect(actors["john-smith-footballer"]?["name"] as? String == "John Smith (footballer)")
        #expect(actors["john-smith-footballer"]?["articles"] as? [String] == ["cup"])
        let speakers = try Self.speakers(project)
        #expect(speakers["It was a dream,"] == "john-smith-footballer" && speakers["The numbers add up,"] == "john-smith")
        let footballer = try project.read("actors/john-smith-footballer/index.html")
        #expect(footballer.contains("It was a dream") && !footballer.contains("The numbers add up"))
        #expect(footballer.contains("The editors gave what “Cup final” says of “John Smith” to this profile: The striker is not the finance minister."))
        let minister = try project.read("actors/john-smith/index.html")
        #expect(!minister.contains("It was a dream"))
        #expect(minister.contains("The editors gave what “Cup final” says of “John Smith” to “John Smith (footballer)”: The striker is not the finance minister."))
        #expect(try project.read("articles/cup/index.html").contains(#"href="../../actors/john-smith-footballer/index.html""#))
        #expect(try project.read("data/timeline.json").contains(#""john-smith-footballer""#), "the cup final's event names the footballer")
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
    }

    @Test func aHiddenActorLeavesTheSiteItsQuotationUnattributedAndTheArticleShowsTheNote() throws {
        let (project, result) = try Self.built("- hide: Maria Lopez\n  note: The name was misread.\n")
        defer { project.remove() }
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        #expect(try Self.actors(project)["maria-lopez"] == nil)
        #expect(!Self.exists(project, "actors/maria-lopez/index.html"))
        #expect(try Self.speakers(project)["We are ready,"] == "", "the quotation stays, without a speaker")
        #expect(try project.read("quotes/unattributed/index.html").contains("We are ready"))
        let article = try project.read("articles/talks/index.html")
        #expect(!article.contains("maria-lopez"))
        #expect(article.contains(#"<div class="editor-notes" role="note" aria-label="Editors' notes"><p class="editor-note"><span class="badge">Editors</span> The editors took “Maria Lopez” off the list of actors: The name was misread.</p>"#))
        #expect(!(try project.read("data/timeline.json")).contains("maria-lopez"))
        #expect(try LinkChecker.brokenLinks(in: project.site) == [])
    }

    @Test func anEventGetsItsCorrectedDateOrLeavesTheTimelineWithTheNoteBesideItAndOnItsArticle() throws {
        let (project, result) = try Self.built("""
        - event: summit opens
          date: 2025-06-12
          note: The organisers moved it.
        - event: talks would resume
          article: talks
          drop: true
        """)
        defer { project.remove() }
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let timeline = try project.read("data/timeline.json")
        #expect(timeline.contains(#""date": "2025-06-12""#) && !timeline.contains(#""date": "2025-06-10""#))
        #expect(!timeline.contains("talks would resume"))
        let month = try project.read("timeline/2025/06/index.html")
        #expect(month.contains("12 June 2025"))
        #expect(month.contains(#"<p class="editor-note"><span class="badge">Editors</span> The editors set this date: The organisers moved it.</p>"#))
        #expect(try project.read("articles/talks/index.html").contains("The editors moved the event “The summit opens on June 10 in Geneva.” to 12 June 2025: The organisers moved it."))
    }

    @Test func withoutANoteACorrectionChangesThePagesButShowsNoNote() throws {
        let (project, _) = try Self.built("- hide: Maria Lopez\n- merge: [Volodymyr Zelensky, Volodymyr Zelenskyy]\n")
        defer { project.remove() }
        #expect(try Self.actors(project)["volodymyr-zelenskyy"] == nil, "without `into:` the first name listed stays")
        #expect(try Self.actors(project)["volodymyr-zelensky"]?["quotes"] as? Int == 2)
        #expect(!(try project.read("articles/talks/index.html")).contains("editor-note"))
        #expect(!(try project.read("actors/volodymyr-zelensky/index.html")).contains("editor-note"))
    }

    @Test func entriesThatMatchNothingAreWarningsAtTheirLinesInBuildAndCheckAndChangeNothing() throws {
        let corrections = """
        - merge: [Nobody Known]
          into: Volodymyr Zelenskyy
        - split: John Smith
          article: talks
          into: Someone Else
        - split: John Smith
          article: no-such-article
          into: Someone Else
        - hide: Having
        - event: words on no timeline
          date: 2025-07
        - event: on
          drop: true
        """
        let (project, result) = try Self.built(corrections)
        defer { project.remove() }
        let warnings = result.warnings.filter { $0.file == "content/corrections.yml" }
        #expect(warnings.map(\.line) == [1, 3, 6, 9, 10, 12], "\(warnings)")
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map(\.message) == [
            "no actor of the briefing is named “Nobody Known”; the correction changes nothing",
            "“John Smith” is not named in “talks”; the correction changes nothing",
            "no article is named “no-such-article”; the correction changes nothing",
            "no actor of the briefing is named “Having”; the correction changes nothing",
            "the correction matches no event of the timeline: “words on no timeline”",
            "the correction matches 6 events, so it changes none: “on”",
        ])
        #expect(Set(try Self.actors(project).keys) == ["volodymyr-zelensky", "volodymyr-zelenskyy", "john-smith", "maria-lopez"])
        let report = ProjectChecker.check(projectRoot: project.root)
        #expect(report.entries.filter { $0.file == "content/corrections.yml" }.map(\.line) == [1, 3, 6, 9, 10, 12])
    }

    @Test func aCorrectionHoldsAcrossRebuildsAndTheAnalysisCache() throws {
        let (project, _) = try Self.built("- hide: Maria Lopez\n")
        defer { project.remove() }
        try project.write("content/articles/talks.md", Self.files["content/articles/talks.md"]! + "\nMaria Lopez left Geneva.\n")
        let cache = DerivationCache()
        for _ in 1...2 {
            _ = try SiteBuilder.build(.init(projectRoot: project.root, output: project.site, cache: cache))
            #expect(try Self.actors(project)["maria-lopez"] == nil)
        }
    }
}
