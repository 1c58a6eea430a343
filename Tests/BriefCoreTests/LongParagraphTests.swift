import Testing
@testable import BriefCore

/// A very long paragraph (a transcript pasted as one block) must cost time in proportion to its
/// length: the quotation, speaker and event look-ups once scanned the whole paragraph for every
/// quotation or event, so 8,000 sentences took four times as long as 4,000.
@Suite struct LongParagraphTests {
    /// Sentences of a news paragraph: names with titles, surnames alone, pronouns, direct, partial
    /// and reported quotations, absolute and relative dates.
    private static let sentences = [
        "Foreign Minister Anna Weber met Luis Ortega, the trade envoy, on March 4.",
        "\u{201C}The talks went well,\u{201D} Weber said.",
        "Ortega said that the ceasefire would hold until next week.",
        "The summit was held in Geneva on Tuesday.",
        "\u{201C}We will not sign this,\u{201D} he told reporters.",
        "Weber called the plan \u{201C}a serious mistake\u{201D} on March 5, 2025.",
        "Officials in the Ministry of Energy warned that prices would rise next month.",
        "The harbour reopened last week after the strike.",
    ]

    /// An article whose only paragraph holds `count` sentences.
    private func article(sentences count: Int) -> Article {
        let text = (0..<count).map { Self.sentences[$0 % Self.sentences.count] }.joined(separator: " ")
        return Article(slug: "long", sourcePath: "content/articles/long.md", format: .markdown, title: "Long",
                       metadata: ArticleMetadata(date: PublicationDate.parse("2025-03-03")),
                       byline: nil, paragraphs: [Paragraph(number: 1, text: text)])
    }

    /// Seconds taken to analyse the article and assemble its briefing (resolution, timeline merge).
    private func seconds(sentences count: Int) -> Double {
        let article = article(sentences: count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [article])
            #expect(!briefing.quotes.isEmpty && !briefing.timeline.isEmpty)
        }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func longParagraphWithinBudget() {
        let elapsed = seconds(sentences: Self.sentenceCount)
        #expect(elapsed < Self.budget, "\(Self.sentenceCount) sentences took \(elapsed) s")
    }

    /// How many sentences the long paragraph holds.
    static let sentenceCount = 6_000
    /// Seconds allowed for them in a debug build: measured 2.4 s alone and 5.6 s beside the rest of
    /// the suite; before the look-ups were made linear, 20.1 s alone.
    static let budget = 12.0
}
