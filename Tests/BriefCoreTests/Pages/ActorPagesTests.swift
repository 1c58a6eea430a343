import Testing
@testable import BriefCore

/// Actor profiles, the directory, the quotes page, marked article pages and the data files, derived
/// from two articles written for these tests.
@Suite struct ActorPagesTests {
    static func article(_ slug: String, _ date: String, _ title: String, _ paragraphs: [String]) -> Article {
        Article(slug: slug, sourcePath: "content/articles/\(slug).txt", format: .plainText, title: title,
                metadata: ArticleMetadata(date: PublicationDate.parse(date), source: "Wire"), byline: "Ines Ferro",
                paragraphs: paragraphs.enumerated().map { Paragraph(number: $0.offset + 1, text: $0.element) })
    }

    static let harbour = article("harbour-reopens", "2025-03-10", "Harbour to reopen", [
        "Port Authority chief executive Dana Whitfield said on Monday that the harbour would reopen next week.",
        "“We have cleared the channel and the cranes are back,” Whitfield told reporters.",
        "Mayor Tomas Okafor called the delay “a disgrace” and said Whitfield had “ignored the warnings.”",
    ])
    static let ships = article("ships-return", "2025-03-12", "Ships return", [
        "Dana Whitfield met Tomas Okafor on Wednesday at the quay.",
        "“The harbour is open,” Okafor said. “Ships can come in.”",
        "“Nobody told us anything,” a sign at the gate read.",
    ])
    static let briefing = BriefingAssembler.assemble(settings: SiteSettings(title: "Harbour"), articles: [harbour, ships])
    static let index = BriefingIndex(briefing)

    @Test func actorsAreResolvedAcrossArticlesWithTheirRolesAndCounts() throws {
        let whitfield = try #require(Self.briefing.actors.first { $0.id == "dana-whitfield" })
        #expect(whitfield.kind == .person)
        #expect(whitfield.articles == ["harbour-reopens", "ships-return"])
        #expect(whitfield.roles.map(\.text) == ["Port Authority chief executive"])
        #expect(whitfield.quotes == 1)
        let okafor = try #require(Self.briefing.actors.first { $0.id == "tomas-okafor" })
        #expect(okafor.roles.map(\.title) == ["Mayor"])
        #expect(okafor.quotes >= 3)
    }

    @Test func quotesCarryTheirSpeakersAndParagraphs() {
        let quotes = Self.briefing.quotes.map { ($0.speakerId, $0.article, $0.paragraph, $0.text) }
        #expect(quotes.contains { $0 == ("dana-whitfield", "harbour-reopens", 2, "We have cleared the channel and the cranes are back,") })
        #expect(quotes.contains { $0 == ("tomas-okafor", "harbour-reopens", 3, "a disgrace") })
        #expect(quotes.contains { $0 == ("tomas-okafor", "ships-return", 2, "Ships can come in.") })
        #expect(quotes.contains { $0 == (nil, "ships-return", 3, "Nobody told us anything,") })
    }

    @Test func theDirectoryListsPeopleWithRoleAndCounts() throws {
        let page = ActorDirectoryPage.page(Self.briefing, index: Self.index)
        #expect(page.route.outputPath == "actors/index.html")
        let people = try #require(page.context["sections"]?.listValue?.first { $0["anchor"]?.stringValue == "people" })
        let entries = people["actors"]?.listValue ?? []
        #expect(Set(entries.compactMap { $0["name"]?.stringValue }) == ["Dana Whitfield", "Tomas Okafor"])
        #expect(people["all"]?.stringValue == "../actors/all/people/index.html")
        let list = try #require(ActorListPage.pages(Self.briefing).first { $0.route == ActorRoutes.directoryList("people") })
        let byName = list.context["actors"]?.listValue ?? []
        #expect(byName.compactMap { $0["name"]?.stringValue } == ["Dana Whitfield", "Tomas Okafor"])
        #expect(byName.first?["link"]?.stringValue == "../../../actors/dana-whitfield/index.html")
        #expect(byName.first?["role"]?.stringValue == "Port Authority chief executive")
        #expect(byName.first?["counts"]?.stringValue?.hasPrefix("1 quote · ") == true)
    }

    @Test func aProfileHasRolesQuotesQuotesAboutTimelineArticlesAndCompanions() throws {
        let whitfield = try #require(Self.index.actors["dana-whitfield"])
        let page = ActorProfilePage.page(whitfield, briefing: Self.briefing, index: Self.index)
        #expect(page.route.outputPath == "actors/dana-whitfield/index.html")
        let quote = try #require(page.context["quotes"]?.listValue?.first)
        #expect(quote["link"]?.stringValue == "../../articles/harbour-reopens/index.html#p2")
        #expect(quote["speakerLink"]?.stringValue == "../../actors/dana-whitfield/index.html")
        let about = page.context["about"]?.listValue ?? []
        #expect(about.contains { $0["text"]?.stringValue == "ignored the warnings." && $0["speaker"]?.stringValue == "Tomas Okafor" })
        let events = page.context["events"]?.listValue ?? []
        let values = events.compactMap { $0["value"]?.stringValue }
        #expect(values.contains("2025-03-10"))
        #expect(page.context["articles"]?.listValue?.count == 2)
        #expect(page.context["companions"]?.listValue?.first?["name"]?.stringValue == "Tomas Okafor")
        #expect(page.context["companions"]?.listValue?.first?["articles"] == .int(2))
    }

    @Test func theQuotesPageGroupsBySpeakerKeepsUnattributedApartAndIndexesArticles() throws {
        let page = QuotesPage.page(Self.briefing, index: Self.index)
        let speakers = page.context["speakers"]?.listValue ?? []
        #expect(speakers.compactMap { $0["name"]?.stringValue } == ["Tomas Okafor", "Dana Whitfield"], "the most quoted first")
        #expect(speakers.first?["anchor"]?.stringValue == "by-tomas-okafor")
        #expect(page.context["allSpeakers"]?.stringValue == "../quotes/speakers/index.html")
        let unattributed = page.context["unattributed"]?.listValue ?? []
        #expect(unattributed.compactMap { $0["text"]?.stringValue } == ["Nobody told us anything,"])
        let articles = page.context["articles"]?.listValue ?? []
        #expect(articles.compactMap { $0["title"]?.stringValue } == ["Ships return", "Harbour to reopen"])
        let permalinks = articles.flatMap { $0["quotes"]?.listValue ?? [] }.compactMap { $0["permalink"]?.stringValue }
        let expected = Set(Self.briefing.quotes.map { quote in
            "../quotes/" + (quote.speakerId.map { "by/\($0)" } ?? "unattributed") + "/index.html#" + quote.id
        })
        #expect(Set(permalinks) == expected)
    }

    @Test func everyQuotationAndStatementIsOnExactlyOneSpeakerPageWithItsAnchor() {
        let pages = SpeakerQuotesPage.pages(Self.briefing, index: Self.index)
        #expect(pages.filter { !$0.route.components.contains("statements") }.map(\.route.outputPath)
                == ["quotes/by/dana-whitfield/index.html", "quotes/by/tomas-okafor/index.html", "quotes/unattributed/index.html"])
        let ids = pages.flatMap { $0.context["quotes"]?.listValue ?? [] }.compactMap { $0["id"]?.stringValue }
        #expect(ids.sorted() == Self.briefing.quotes.map(\.id).sorted())
        let statements = pages.filter { $0.route.components.last == "statements" }
        #expect(!statements.isEmpty)
        let statementIDs = statements.flatMap { $0.context["statements"]?.listValue ?? [] }.compactMap { $0["id"]?.stringValue }
        #expect(statementIDs.sorted() == Self.briefing.statements.map(\.id).sorted())
    }

    @Test func longListsOnAProfileShowTheNewestAndSayHowManyMore() {
        let paragraphs = (1...30).map { "“Point number \($0) stands,” Dana Whitfield said." }
        let long = Self.article("long", "2025-04-01", "Long", paragraphs)
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [long])
        let index = BriefingIndex(briefing)
        let page = ActorProfilePage.page(index.actors["dana-whitfield"]!, briefing: briefing, index: index)
        #expect(page.context["quotes"]?.listValue?.count == ActorProfilePage.listLimit)
        #expect(page.context["quotesMore"]?.stringValue == "5 more quotations")
        #expect(page.context["quotesTotal"] == .int(30))
    }

    @Test func articlePagesMarkQuotesAndLinkActorsToTheirProfiles() throws {
        let page = ArticlePage.page(Self.harbour, briefing: Self.briefing, index: Self.index)
        let html = (page.context["paragraphs"]?.listValue ?? []).compactMap { $0["html"]?.stringValue }
        #expect(html[0] == #"<p id="p1"><a class="actor" href="../../actors/port-authority/index.html">Port Authority</a> chief executive "#
                + #"<a class="actor" href="../../actors/dana-whitfield/index.html">Dana Whitfield</a> said on Monday that the harbour would reopen next week.</p>"#)
        #expect(html[1].hasPrefix(#"<p id="p2"><span class="quote" id="harbour-reopens-p2-1" data-speaker="Dana Whitfield">“We have"#))
        #expect(!html[1].contains("class=\"actor\""))        // Whitfield is linked once, at her first mention
        let quoted = page.context["quoted"]?.listValue ?? []
        #expect(quoted.first?["link"]?.stringValue == "#harbour-reopens-p2-1")
    }

    @Test func theDataFilesHaveTheDocumentedShapes() throws {
        guard case .array(let quotes) = DataFiles.quotes(Self.briefing), case .object(let first)? = quotes.first else {
            Issue.record("quotes.json is not an array of objects"); return
        }
        #expect(first.map(\.0) == ["id", "text", "speaker", "speakerId", "inferred", "partial", "article", "paragraph", "mentions"])
        #expect(quotes.count == Self.briefing.quotes.count)
        guard case .array(let actors) = DataFiles.actors(Self.briefing), case .object(let actor)? = actors.first else {
            Issue.record("actors.json is not an array of objects"); return
        }
        #expect(actor.map(\.0) == ["id", "name", "kind", "roles", "aliases", "mentions", "quotes", "articles", "couldBe"])
        let whitfield = try #require(Self.briefing.actors.first { $0.id == "dana-whitfield" })
        #expect(whitfield.roles.first?.title == "chief executive")
        #expect(whitfield.roles.first?.affiliation == "Port Authority")
    }

    @Test func eventsNameTheirActors() {
        let monday = Self.briefing.timeline.first { $0.date.description == "2025-03-10" }
        #expect(monday?.actors == ["port-authority", "dana-whitfield"])
    }
}

/// What the site shows of reported speech.
@Suite struct SiteStatementsTests {
    static func briefing(_ paragraphs: [String]) -> Briefing {
        BriefingAssembler.assemble(settings: SiteSettings(), articles: [ActorPagesTests.article("s", "2025-05-02", "S", paragraphs)])
    }

    @Test func aStanceIsNotShownAsAStatement() {
        let briefing = Self.briefing(["Minister Ada Brook dismissed the proposal on Friday.", "Ada Brook said the talks would resume in June."])
        #expect(briefing.statements.map(\.text) == ["the talks would resume in June"])
    }

    @Test func aClauseCutAtAQuotationRunsOnThroughItOnThePage() {
        let briefing = Self.briefing(["Minister Ada Brook warned that the delay was “a grave mistake.” Others disagreed."])
        #expect(briefing.statements.first?.text == "the delay was “a grave mistake.”")
        #expect(briefing.statements.first?.speakerId == "ada-brook")
    }
}
