import Testing
@testable import BriefCore

/// The lists that grow with the archive, cut into pages: a speaker's quotations, a profile's full
/// lists, every speaker, every actor of a kind. Page 1 holds the newest; permalinks name the page.
@Suite struct PagedListsTests {
    /// Three articles of 40 quotations each by Dana Whitfield, who is also named in a quotation by
    /// Tomas Okafor in each paragraph of the newest.
    static let briefing: Briefing = {
        let articles = (1...3).map { n in
            ActorPagesTests.article("day-\(n)", "2025-04-0\(n)", "Day \(n)", (1...40).map { p in
                n == 3 ? "“Point \(n)-\(p) stands, and Dana Whitfield knows it,” Mayor Tomas Okafor said."
                    : "“Point \(n)-\(p) stands,” Dana Whitfield said."
            })
        }
        return BriefingAssembler.assemble(settings: SiteSettings(), articles: articles)
    }()
    static let index = BriefingIndex(briefing)

    @Test func aSpeakersQuotationsArePagedNewestFirstWithEveryQuotationOnce() throws {
        let pages = SpeakerQuotesPage.pages(Self.briefing, index: Self.index).filter { $0.route.components.contains("dana-whitfield") }
        #expect(pages.map(\.route.urlPath) == ["quotes/by/dana-whitfield/", "quotes/by/dana-whitfield/page/2/"])
        let texts = pages.flatMap { $0.context["quotes"]?.listValue ?? [] }.compactMap { $0["text"]?.stringValue }
        #expect(texts.count == 80)
        #expect(texts.first == "Point 2-1 stands,", "the newest article first")
        #expect(texts.last == "Point 1-40 stands,")
        #expect(pages.map { $0.context["count"]?.stringValue } == ["80 quotations", "80 quotations"])
        #expect(pages[1].title == "Quotations: Dana Whitfield, page 2 of 2")
        #expect(pages[1].context["pagination"]?["previous"]?.stringValue == "../../../../../quotes/by/dana-whitfield/index.html")
    }

    @Test func aPermalinkNamesThePageThatHoldsTheQuotation() throws {
        let quote = try #require(Self.briefing.quotes.first { $0.text == "Point 1-40 stands," })
        let link = ActorRoutes.permalink(quote, from: ActorRoutes.quotes, index: Self.index)
        #expect(link == "../quotes/by/dana-whitfield/page/2/index.html#\(quote.id)")
        let page = try #require(SpeakerQuotesPage.pages(Self.briefing, index: Self.index).first { $0.route.urlPath == "quotes/by/dana-whitfield/page/2/" })
        #expect(page.context["quotes"]?.listValue?.contains { $0["id"]?.stringValue == quote.id } == true)
    }

    @Test func aProfileShowsTheLatestAndLinksToThePagedFullLists() throws {
        let whitfield = try #require(Self.index.actors["dana-whitfield"])
        let profile = ActorProfilePage.page(whitfield, briefing: Self.briefing, index: Self.index)
        #expect(profile.context["quotes"]?.listValue?.count == ActorProfilePage.listLimit)
        #expect(profile.context["allAbout"]?.stringValue == "../../actors/dana-whitfield/about/index.html")
        #expect(profile.context["aboutTotal"] == .int(40))
        let lists = ProfileListPage.pages(whitfield, index: Self.index)
        #expect(lists.map(\.route.urlPath) == ["actors/dana-whitfield/about/"], "only the lists the profile cuts have pages")
        let about = lists[0].context["quotes"]?.listValue ?? []
        #expect(about.count == 40)
        #expect(about.first?["speakerLink"]?.stringValue == "../../../actors/tomas-okafor/index.html")
        #expect(lists[0].context["up"]?.listValue?.first?["link"]?.stringValue == "../../../actors/dana-whitfield/index.html")
    }

    @Test func everySpeakerIsListedAToZWithCountsAndLinks() throws {
        let page = try #require(SpeakerListPage.pages(Self.briefing, index: Self.index).first)
        #expect(page.route.outputPath == "quotes/speakers/index.html")
        let speakers = page.context["speakers"]?.listValue ?? []
        #expect(speakers.compactMap { $0["name"]?.stringValue } == ["Dana Whitfield", "Tomas Okafor"])
        #expect(speakers.first?["link"]?.stringValue == "../../quotes/by/dana-whitfield/index.html")
        #expect(speakers.first?["counts"]?.stringValue?.hasPrefix("80 quotations") == true)
    }

    @Test func theDirectoryShowsTheMostMentionedAndPagesTheFullListAToZ() throws {
        let actors = (1...150).map { n in
            Actor(id: "person-\(n)", name: "Person \(1_000 + n)", kind: .person, roles: [], aliases: [], mentions: n, quotes: 0, articles: [])
        }
        let briefing = Briefing(settings: SiteSettings(), articles: [], actors: actors)
        let directory = ActorDirectoryPage.page(briefing, index: BriefingIndex(briefing))
        let people = try #require(directory.context["sections"]?.listValue?.first)
        let shown = people["actors"]?.listValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(shown.count == ActorDirectoryPage.topLimit)
        #expect(shown.first == "Person 1150", "the most mentioned first")
        #expect(people["actorsMore"]?.stringValue == "100 more actors")
        let list = ActorListPage.pages(briefing)
        #expect(list.map(\.route.urlPath) == ["actors/all/people/", "actors/all/people/page/2/"])
        let names = list.flatMap { $0.context["actors"]?.listValue ?? [] }.compactMap { $0["name"]?.stringValue }
        #expect(names == (1...150).map { "Person \(1_000 + $0)" })
    }
}
