import Testing
@testable import BriefCore

@Suite struct ActorResolverTests {
    private func resolve(_ articles: [(String, [String])]) -> CorpusResolution {
        ActorResolver.resolve(articles.map { ActorResolver.Input(slug: $0.0, analysis: ArticleAnalyzer.analyze(paragraphs: $0.1)) })
    }

    @Test func sameFullNameAcrossArticlesIsOneActor() {
        let r = resolve([("one", ["Brazilian President Ilse Varga said “we are ready to sign.”"]),
                         ("two", ["Ilse Varga arrived in Lisbon.", "“It is a good day,” Varga said."])])
        let varga = r.actors.first { $0.name == "Ilse Varga" }
        #expect(varga?.id == "ilse-varga")
        #expect(varga?.articles == ["one", "two"])
        #expect(varga?.mentions == 3)
        #expect(varga?.quotes == 2)
        #expect(varga?.roles.map(\.text) == ["Brazilian President"])
        #expect(varga?.roles.first?.affiliation == "Brazil")
        #expect(varga?.roles.first?.article == "one")
        #expect(r.quotes.map(\.speakerId) == ["ilse-varga", "ilse-varga"])
        #expect(r.quotes.map(\.id) == ["one-p1-1", "two-p2-1"])
    }

    @Test func surnameAloneBindsAcrossArticles() {
        let r = resolve([("one", ["Tomas Reil won the vote."]), ("two", ["“We won,” Reil said."])])
        #expect(r.actors.filter { $0.kind == .person }.map(\.id) == ["tomas-reil"])
        #expect(r.quotes.first?.speaker == "Tomas Reil")
    }

    @Test func anAcronymAloneIsTheOrganisationAnotherArticlePairsItWith() {
        let r = resolve([("one", ["The Harbour Safety Board (HSB) issued a warning."]), ("two", ["The HSB warned again on Monday."])])
        let board = r.actors.filter { $0.kind == .organization }
        #expect(board.map(\.name) == ["Harbour Safety Board"])
        #expect(board.first?.articles == ["one", "two"])
        // Initials alone do not pair them: "HSB" may be another organisation.
        let initials = resolve([("one", ["The Harbour Safety Board issued a warning."]), ("two", ["The HSB warned again on Monday."])])
        #expect(initials.actors.filter { $0.kind == .organization }.map(\.name).sorted() == ["HSB", "Harbour Safety Board"])
    }

    @Test func sharedSurnameStaysApartAndIsReported() {
        let r = resolve([("one", ["Anna Smith won."]), ("two", ["John Smith lost."]), ("three", ["“I am glad,” Smith said."])])
        #expect(Set(r.actors.filter { $0.kind == .person }.map(\.id)) == ["anna-smith", "john-smith", "smith"])
        #expect(r.ambiguities.count == 1)
        #expect(r.ambiguities.first?.candidates == ["Anna Smith", "John Smith"])
        #expect(r.ambiguities.first?.articles == ["three"])
    }

    @Test func statesThatActAreActorsAndOtherPlacesAreNot() {
        let r = resolve([("one", ["Norway rejected the plan at a meeting in Lisbon."])])
        #expect(r.actors.map(\.id) == ["norway"])
        #expect(r.actors.first?.kind == .place)
    }

    @Test func quotationMentionsAreActorIds() {
        let r = resolve([("one", ["Nora Feld met Tomas Reil.", "“Tomas Reil is a friend,” Feld said."])])
        #expect(r.quotes.first?.mentions == ["tomas-reil"])
        #expect(r.quotes.first?.speakerId == "nora-feld")
    }

    @Test func aJuniorIsAnotherPerson() {
        let r = resolve([("one", ["Tomas Reil Jr. spoke at the rally.", "“We will win,” Reil said."]),
                         ("two", ["Tomas Reil signed the order.", "“It is done,” Reil said."])])
        #expect(Set(r.actors.filter { $0.kind == .person }.map(\.name)) == ["Tomas Reil Jr.", "Tomas Reil"])
        #expect(r.quotes.map(\.speaker) == ["Tomas Reil Jr.", "Tomas Reil"])
    }

    @Test func twoPeopleSharingASurnameAreTwoProfiles() {
        let r = resolve([("one", ["Anna Smith won the seat.", "“I am glad,” Smith said."]),
                         ("two", ["John Smith lost the race.", "“I am sad,” Smith said."])])
        #expect(Set(r.actors.filter { $0.kind == .person }.map(\.id)) == ["anna-smith", "john-smith"])
        #expect(r.quotes.map(\.speakerId) == ["anna-smith", "john-smith"])
    }

    @Test func genderAndRoleNarrowASurnameAcrossArticles() {
        let r = resolve([("one", ["President Barro Kell spoke.", "First lady Mira Kell waved."]),
                         ("two", ["“We will win,” Mr. Kell said."]),
                         ("three", ["“We won,” President Kell said."]),
                         ("four", ["“It is over,” Kell said."])])
        #expect(r.quotes.map(\.speakerId) == ["barro-kell", "barro-kell", "kell"])
    }

    @Test func aRoleHeldFarMoreOftenByOneCandidateNarrowsToThem() {
        // Two presidents Kell: Barro in ten articles, Mira in one. "President Kell" is Barro.
        var articles = (1...10).map { ("barro-\($0)", ["President Barro Kell spoke in town \($0)."]) }
        articles.append(("mira", ["President Mira Kell spoke."]))
        articles.append(("short", ["“We won,” President Kell said."]))
        #expect(resolve(articles).quotes.map(\.speakerId) == ["barro-kell"])
        // One article each: no one dominates, the name stays open.
        let even = resolve([("barro", ["President Barro Kell spoke."]), ("mira", ["President Mira Kell spoke."]),
                            ("short", ["“We won,” President Kell said."])])
        #expect(even.quotes.map(\.speakerId) == ["kell"])
    }

    @Test func anAmbiguousNameIsShownAsWrittenAndCreditedToNoOne() {
        let r = resolve([("one", ["Anna Smith and John Smith met.", "“We agree,” Smith said."])])
        #expect(r.quotes.first?.speakerId == nil)
        #expect(r.quotes.first?.speaker == "Smith")
    }

    @Test func aTownIsCreditedWithNoQuotationButAStateIs() {
        let r = resolve([("one", ["“It is a special person,” Calgary said.", "“We reject the plan,” Norway said."])])
        #expect(r.quotes.map(\.speakerId) == [nil, "norway"])
    }

    @Test func aShortNameLeftAmbiguousAcrossArticlesSaysWhoItCouldBe() {
        let r = resolve([("one", ["Anna Smith won."]), ("two", ["John Smith lost."]), ("three", ["“I am glad,” Smith said."])])
        #expect(r.actor(id: "smith")?.couldBe == ["Anna Smith", "John Smith"])
        #expect(ActorDirectoryPage.couldBe(r.actor(id: "smith")!) == "could be Anna Smith or John Smith")
        #expect(r.actor(id: "anna-smith")?.couldBe == [])
    }
}
