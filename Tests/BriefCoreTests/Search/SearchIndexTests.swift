import Testing
@testable import BriefCore

@Suite struct SearchIndexTests {
    static let long = String(repeating: "word ", count: 60) + "end."

    static let briefing = Briefing(settings: SiteSettings(title: "T"), articles: [
        Article(slug: "paris", sourcePath: "p.txt", format: .plainText, title: "Leaders \"meet\" <here>",
                metadata: ArticleMetadata(date: PublicationDate.parse("2025-09-03")), byline: nil,
                paragraphs: [Paragraph(number: 1, text: ""), Paragraph(number: 2, text: long)]),
    ])

    @Test func articlesCarryTitleLinkDateAndAnExcerpt() throws {
        let json = SearchIndex.json(Self.briefing).rendered(pretty: false)
        #expect(json.hasPrefix(#"{"articles":[{"title":"Leaders \"meet\" <here>","link":"articles/paris/index.html","date":"3 September 2025","excerpt":"word word"#))
        #expect(json.contains(#"word…"}],"actors":[],"quotes":[]}"#), "cut at a word, with an ellipsis; empty lists for the rest")
    }

    @Test func excerptsAreCutAtAWord() {
        #expect(SearchIndex.excerpt("Short.") == "Short.")
        let cut = SearchIndex.excerpt(Self.long)
        #expect(cut.count <= SearchIndex.excerptLength + 1 && cut.hasSuffix("word…"))
    }

    @Test func articlesAreFoundByTitleFirstThenExcerpt() {
        let entry = SearchIndex.article(Self.briefing.articles[0])
        #expect(entry.kind == .article && entry.heading == [#"Leaders "meet" <here>"#] && entry.body.first?.hasPrefix("word") == true)
    }

    @Test func actorsLinkToTheirProfileWithRolesOnce() {
        let role = Actor.Role(title: "spokeswoman", affiliation: "Foreign Ministry", text: "Foreign Ministry spokeswoman", article: "paris")
        let actor = Actor(id: "maria-zakharova", name: "Maria Zakharova", kind: .person, roles: [role, role],
                          aliases: ["Zakharova"], mentions: 2, quotes: 1, articles: ["paris"])
        #expect(SearchIndex.actor(actor).heading == ["Maria Zakharova", "Zakharova"])
        #expect(SearchIndex.actor(actor).body == ["Foreign Ministry spokeswoman"])
        #expect(SearchIndex.actor(actor).fields.rendered(pretty: false) == #"{"name":"Maria Zakharova","kind":"person","roles":["Foreign Ministry spokeswoman"],"aliases":["Zakharova"],"link":"actors/maria-zakharova/index.html"}"#)
    }

    @Test func quotesLinkToTheirParagraph() {
        let span = ByteSpan(start: 0, end: 10)
        let quotation = Quotation(paragraph: 4, span: span, contentSpan: span, text: "absolutely unacceptable", partial: true,
                                  isScareQuote: false, speakerText: nil, speakerMention: nil, speakerEntity: nil,
                                  attribution: nil, mentions: [], continues: nil)
        let quote = ResolvedQuote(id: "paris-p4-1", article: "paris", quote: quotation, speakerId: "maria-zakharova",
                                  speaker: "Maria Zakharova", mentions: [])
        #expect(SearchIndex.quote(quote, titles: ["paris": "Summit"]).heading == ["absolutely unacceptable", "Maria Zakharova"])
        #expect(SearchIndex.quote(quote, titles: ["paris": "Summit"]).fields.rendered(pretty: false)
                == #"{"text":"absolutely unacceptable","speaker":"Maria Zakharova","article":"Summit","link":"articles/paris/index.html#p4"}"#)
    }
}
