import Testing
@testable import BriefCore

/// The actor network on `actors/`: ties counted from paragraphs, quotations and articles, and the
/// arc diagram drawn from them, on a briefing written for these tests.
@Suite struct ActorNetworkTests {
    static func actor(_ id: String, _ name: String, _ kind: ActorKind, mentions: Int, articles: [String]) -> Actor {
        Actor(id: id, name: name, kind: kind, roles: [], aliases: [], mentions: mentions, quotes: 0, articles: articles)
    }

    static func article(_ slug: String, _ date: String?) -> Article {
        Article(slug: slug, sourcePath: "\(slug).txt", format: .plainText, title: slug,
                metadata: ArticleMetadata(date: date.flatMap(PublicationDate.parse)), byline: nil,
                paragraphs: [Paragraph(number: 1, text: "x")])
    }

    static func mention(_ id: String, paragraph: Int) -> ActorMention {
        ActorMention(paragraph: paragraph, span: ByteSpan(start: 0, end: 1), actorID: id)
    }

    static func quote(_ id: String, article: String, speaker: String, mentions: [String]) -> ResolvedQuote {
        let span = ByteSpan(start: 0, end: 1)
        let quotation = Quotation(paragraph: 1, span: span, contentSpan: span, text: "q", partial: false, isScareQuote: false,
                                  speakerText: nil, speakerMention: nil, speakerEntity: nil, attribution: nil, mentions: [], continues: nil)
        return ResolvedQuote(id: id, article: article, quote: quotation, speakerId: speaker, speaker: speaker, mentions: mentions)
    }

    /// Ana and Ben share a paragraph in `a` and an article `b`; Ben quotes about Cy; Dee shares only article `a`.
    static func briefing(actorsReversed: Bool = false) -> Briefing {
        var actors = [
            actor("ana", "Ana <Ross> & Co", .person, mentions: 6, articles: ["a", "b"]),
            actor("ben", "Ben O'Hara", .person, mentions: 3, articles: ["a", "b"]),
            actor("cy", "Cyland", .place, mentions: 2, articles: ["b"]),
            actor("dee", "Dee Agency", .organization, mentions: 1, articles: ["a"]),
        ]
        if actorsReversed { actors.reverse() }
        return Briefing(settings: SiteSettings(), articles: [article("a", "2025-07-30"), article("b", "2025-09-02")], actors: actors,
                        quotes: [quote("b-p1-1", article: "b", speaker: "ben", mentions: ["cy", "ben"])],
                        mentions: ["a": [mention("ana", paragraph: 1), mention("ben", paragraph: 1), mention("ana", paragraph: 1),
                                         mention("dee", paragraph: 2), mention("ana", paragraph: 3)],
                                   "b": [mention("ana", paragraph: 1), mention("ben", paragraph: 2), mention("cy", paragraph: 2)]])
    }

    @Test func tiesCountSharedParagraphsQuotationsAndArticles() {
        let briefing = Self.briefing()
        let ties = ActorTie.ties(among: ["ana", "ben", "cy", "dee"], in: briefing, index: BriefingIndex(briefing))
        let byPair = Dictionary(uniqueKeysWithValues: ties.map { ("\($0.first)-\($0.second)", $0) })
        #expect(byPair["ana-ben"].map { [$0.paragraphs, $0.quotes, $0.articles] } == [1, 0, 2])
        #expect(byPair["ben-cy"].map { [$0.paragraphs, $0.quotes, $0.articles] } == [1, 1, 1])
        #expect(byPair["ana-dee"].map { [$0.paragraphs, $0.quotes, $0.articles] } == [0, 0, 1])
        #expect(byPair["ana-dee"]?.isClose == false && byPair["ana-ben"]?.isClose == true)
        #expect(ties.first.map { "\($0.first)-\($0.second)" } == "ana-ben", "strongest first")
        #expect(byPair["ben-cy"]?.counts == "1 paragraph, 1 quotation, 1 article")
    }

    @Test func thePictureIsLabelledEscapedAndLinksEveryActor() throws {
        let briefing = Self.briefing()
        let picture = try #require(ActorNetwork.picture(briefing, index: BriefingIndex(briefing), from: ActorRoutes.directory))
        let svg = picture.svg
        #expect(svg.hasPrefix("<svg class=\"chart\" id=\"actor-network\""))
        #expect(svg.contains(#"role="img" aria-labelledby="actor-network-title actor-network-desc""#))
        #expect(svg.contains("<title id=\"actor-network-title\">Actors seen together</title>"))
        #expect(svg.contains("<desc id=\"actor-network-desc\">People, then organisations, then places"))
        #expect(svg.contains("Ana &lt;Ross&gt; &amp; Co</text>") && svg.contains("Ben O&#39;Hara</text>"))
        #expect(!svg.contains("<Ross>"))
        for id in ["ana", "ben", "cy", "dee"] { #expect(svg.contains("<a href=\"../actors/\(id)/index.html\" tabindex=\"-1\"")) }
        #expect(svg.components(separatedBy: "class=\"network-tie\"").count - 1 == 2, "ana–ben and ben–cy; ana–dee share only one article")
        #expect(picture.pairs == ["Ana <Ross> & Co and Ben O'Hara: 1 paragraph, 2 articles",
                                  "Ben O'Hara and Cyland: 1 paragraph, 1 quotation, 1 article"])
        let order = ["Ana &lt;Ross&gt; &amp; Co</text>", "Ben O&#39;Hara</text>", "Dee Agency</text>", "Cyland</text>"].compactMap { svg.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted(), "people, then organisations, then places")
    }

    @Test func theSameBriefingGivesTheSameBytes() throws {
        let a = Self.briefing(), b = Self.briefing(actorsReversed: true)
        let first = try #require(ActorNetwork.picture(a, index: BriefingIndex(a), from: ActorRoutes.directory))
        let second = try #require(ActorNetwork.picture(b, index: BriefingIndex(b), from: ActorRoutes.directory))
        #expect(first == second)
    }

    @Test func bigBriefingsShowTheMostMentionedActorsAndAFewTiesEach() throws {
        let actors = (1...45).map { Self.actor("p\($0 < 10 ? "0" : "")\($0)", "Person \($0)", .person, mentions: 100 - $0, articles: ["a"]) }
        let mentions = actors.map { Self.mention($0.id, paragraph: 1) }
        let briefing = Briefing(settings: SiteSettings(), articles: [Self.article("a", nil)], actors: actors, mentions: ["a": mentions])
        let picture = try #require(ActorNetwork.picture(briefing, index: BriefingIndex(briefing), from: ActorRoutes.directory))
        #expect(picture.shown == 30 && picture.total == 45)
        #expect(picture.svg.contains("the 30 most mentioned of 45</title>"))
        #expect(picture.svg.contains("Person 30</text>") && !picture.svg.contains("Person 31</text>"))
        #expect(picture.pairs.count == ActorNetwork.tieLimit)
        for n in 1...30 { #expect(picture.pairs.contains { $0.hasPrefix("Person \(n) and") || $0.contains("and Person \(n):") }, "Person \(n) has a tie") }
        #expect(ActorNetwork.picture(Briefing(settings: SiteSettings(), articles: [], actors: [actors[0]]), index: BriefingIndex(briefing),
                                     from: ActorRoutes.directory) == nil)
    }

    @Test func longNamesAreShortenedAtAWord() {
        #expect(ActorNetwork.shortened("Ministry of Foreign Affairs of the Republic") == "Ministry of Foreign…")
        #expect(ActorNetwork.shortened("Short Name") == "Short Name")
    }
}
