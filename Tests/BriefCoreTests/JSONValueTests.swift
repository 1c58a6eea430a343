import Testing
@testable import BriefCore

@Suite struct JSONValueTests {
    @Test func keepsKeyOrderAndEscapes() {
        let value: JSONValue = .object([("z", .int(1)), ("a", .string("say \"hi\"\n")), ("n", .null), ("b", .bool(false))])
        #expect(value.rendered(pretty: false) == #"{"z":1,"a":"say \"hi\"\n","n":null,"b":false}"#)
    }

    @Test func prettyPrintsWithTwoSpaces() {
        let value: JSONValue = .array([.object([("k", .array([]))]), .int(2)])
        #expect(value.rendered() == "[\n  {\n    \"k\": []\n  },\n  2\n]")
    }

    @Test func escapesControlCharacters() {
        #expect(JSONText.string("a\u{01}b\tc") == #""a\u0001b\tc""#)
    }

    @Test func escapesBetweenRunsOfAnyScriptAndQuotesTextThatNeedsNone() {
        #expect(JSONText.string("Zelensky: \"Мир\" \\ 東京\n\u{1F}é") == #""Zelensky: \"Мир\" \\ 東京\n\u001fé""#)
        #expect(JSONText.string("Мир — 東京 🌍") == "\"Мир — 東京 🌍\"")
        #expect(JSONText.string("") == "\"\"")
        #expect(JSONText.string("\"") == #""\"""#)
    }

    @Test func articlesDataListsEveryArticleNewestFirst() {
        let older = Article(slug: "old", sourcePath: "o.txt", format: .plainText, title: "Old",
                            metadata: ArticleMetadata(date: PublicationDate.parse("2025-01-01")), byline: nil, paragraphs: [])
        let newer = Article(slug: "new", sourcePath: "n.md", format: .markdown, title: "New",
                            metadata: ArticleMetadata(date: PublicationDate.parse("2025-09-03"), source: "Wire", url: "https://example.org/n"),
                            byline: "Jane Roe", paragraphs: [])
        let json = DataFiles.articles(Briefing(settings: SiteSettings(), articles: [older, newer])).rendered(pretty: false)
        #expect(json == #"[{"slug":"new","title":"New","date":"2025-09-03","author":"Jane Roe","source":"Wire","url":"https://example.org/n","path":"articles/new/"},{"slug":"old","title":"Old","date":"2025-01-01","author":null,"source":null,"url":null,"path":"articles/old/"}]"#)
    }
}
