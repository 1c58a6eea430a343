import Testing
@testable import BriefCore

/// `data/quotes.csv`, read back with a strict RFC 4180 parser.
@Suite struct QuotesCSVTests {
    static func quote(_ id: String, _ text: String, speaker: String?, paragraph: Int = 2) -> ResolvedQuote {
        let span = ByteSpan(start: 0, end: text.utf8.count)
        let quotation = Quotation(paragraph: paragraph, span: span, contentSpan: span, text: SharedText(text), partial: false, isScareQuote: false,
                                  speakerText: speaker, speakerMention: nil, speakerEntity: nil, attribution: nil, mentions: [], continues: nil)
        return ResolvedQuote(id: id, article: "paris", quote: quotation, speakerId: speaker.map { _ in "x" }, speaker: speaker, mentions: [])
    }

    static func briefing(baseURL: String?) -> Briefing {
        let article = Article(slug: "paris", sourcePath: "p.txt", format: .plainText, title: "Leaders meet, \"at last\"",
                              metadata: ArticleMetadata(date: PublicationDate.parse("2025-09-03T14:30+0200")), byline: nil,
                              paragraphs: [Paragraph(number: 1, text: "Lede.")])
        return Briefing(settings: SiteSettings(title: "T", baseURL: baseURL), articles: [article], quotes: [
            quote("q1", "We said \"no\", twice.", speaker: "Ana Díaz"),
            quote("q2", "=HYPERLINK(\"http://evil\")", speaker: "@someone"),
            quote("q3", "Line one\nline two", speaker: nil, paragraph: 7),
            quote("q4", "-1 is not a number", speaker: "+Plus"),
        ])
    }

    /// Fields and rows of RFC 4180 text; fails the test on anything outside the grammar.
    static func parse(_ text: String) -> [[String]]? {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var chars = Array(text.unicodeScalars)[...]
        var quoted = false, wasQuoted = false
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                guard field.isEmpty, !wasQuoted else { return nil }
                quoted = true; wasQuoted = true
            } else if c == "," {
                row.append(field); field = ""; wasQuoted = false
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { return nil }
                row.append(field); rows.append(row); row = []; field = ""; wasQuoted = false
            } else {
                guard c != "\n", !wasQuoted else { return nil }
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted, row.isEmpty, field.isEmpty else { return nil }
        return rows
    }

    @Test func theFileParsesBackIntoTheQuotations() throws {
        let text = QuotesCSV.text(Self.briefing(baseURL: nil))
        #expect(text.hasSuffix("\r\n"))
        let rows = try #require(Self.parse(text))
        #expect(rows.first == ["quote", "speaker", "article", "date", "link"])
        #expect(rows.count == 5 && rows.allSatisfy { $0.count == 5 })
        #expect(rows[1] == ["We said \"no\", twice.", "Ana Díaz", "Leaders meet, \"at last\"", "2025-09-03", "articles/paris/#p2"])
        #expect(rows[3] == ["Line one\nline two", "", "Leaders meet, \"at last\"", "2025-09-03", "articles/paris/#p7"])
    }

    @Test func fieldsThatWouldRunAsFormulasStartWithAnApostrophe() throws {
        let rows = try #require(Self.parse(QuotesCSV.text(Self.briefing(baseURL: nil))))
        #expect(rows[2][0] == "'=HYPERLINK(\"http://evil\")" && rows[2][1] == "'@someone")
        #expect(rows[4][0] == "'-1 is not a number" && rows[4][1] == "'+Plus")
        #expect(CSVText.field("a, b") == "\"a, b\"")
        #expect(CSVText.field("plain") == "plain")
        #expect(CSVText.field("\tx") == "'\tx")
    }

    @Test func linksAreAbsoluteWithABaseURL() throws {
        let rows = try #require(Self.parse(QuotesCSV.text(Self.briefing(baseURL: "https://example.org/b/"))))
        #expect(rows[1][4] == "https://example.org/b/articles/paris/#p2")
    }

    @Test func theParserRejectsBrokenText() {
        #expect(Self.parse("a,\"b\"c\r\n") == nil)
        #expect(Self.parse("a\nb\r\n") == nil)
        #expect(Self.parse("a,b\r\n") == [["a", "b"]])
    }

    @Test func aQuotationCreditedToNoOneIsNotInferred() {
        let span = ByteSpan(start: 0, end: 10)
        let quotation = Quotation(paragraph: 2, span: span, contentSpan: span, text: "We will go", partial: false, isScareQuote: false,
                                  speakerText: "he", speakerMention: nil, speakerEntity: nil, attribution: .inferred, mentions: [], continues: nil)
        let unresolved = ResolvedQuote(id: "q", article: "paris", quote: quotation, speakerId: nil, speaker: nil, mentions: [])
        #expect(!unresolved.inferred)
        let resolved = ResolvedQuote(id: "q", article: "paris", quote: quotation, speakerId: "x", speaker: "Tim Marek", mentions: [])
        #expect(resolved.inferred)
    }
}
