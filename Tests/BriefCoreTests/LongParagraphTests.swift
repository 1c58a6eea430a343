import Testing
@testable import BriefCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// CPU seconds this thread took to analyse the article and assemble its briefing (resolution,
    /// timeline merge): the work itself, whatever else the machine runs meanwhile (the suite runs its
    /// tests in parallel beside a headless browser, and wall-clock time then tells little).
    private func seconds(sentences count: Int) -> Double {
        let article = article(sentences: count)
        let start = Self.threadCPUSeconds()
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [article])
        let elapsed = Self.threadCPUSeconds() - start
        #expect(!briefing.quotes.isEmpty && !briefing.timeline.isEmpty)
        return elapsed
    }

    /// The CPU time of the calling thread.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test func longParagraphCostsInProportionToItsLength() {
        // Four times the sentences: about four times the time when linear, sixteen when quadratic. The
        // ratio holds whatever else runs beside the test; the budget catches a pathological slowdown.
        let short = seconds(sentences: Self.sentenceCount / 4)
        let long = seconds(sentences: Self.sentenceCount)
        #expect(long / max(short, 0.001) < Self.maximumRatio, "\(Self.sentenceCount) sentences took \(long) s, a quarter of them \(short) s")
        #expect(long < Self.budget, "\(Self.sentenceCount) sentences took \(long) s")
    }

    /// How many sentences the long paragraph holds.
    static let sentenceCount = 6_000
    /// Most times longer that four times the sentences may take: linear reads about 4, quadratic 16.
    static let maximumRatio = 9.0
    /// CPU seconds allowed in a debug build: measured about 2 s; before the look-ups were made
    /// linear, 20.1 s.
    static let budget = 12.0
}
