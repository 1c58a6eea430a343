import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// Pathological articles cost time in proportion to their size, never more: one huge paragraph, one
/// huge line without a space, a huge number of paragraphs, one endless sentence, quotation marks by the
/// hundred thousand, Markdown nested thousands deep. Each is taken through the whole build on one thread — read, analysed, assembled,
/// every page derived and rendered, every data file and search fragment written — at two sizes, a
/// quarter and the whole; four times the input must take well under sixteen times the time (quadratic)
/// and stay within a budget. The figures for the full-size articles of the issue (10 MB, a million
/// marks) come from the release binary: see the README.
@Suite struct PathologicalArticleTests {
    /// Sentences of a news paragraph: names, titles, quotations, dates.
    static let sentences = [
        "Foreign Minister Anna Weber met Luis Ortega, the trade envoy, on March 4.",
        "\u{201C}The talks went well,\u{201D} Weber said.",
        "Ortega said that the ceasefire would hold until next week.",
        "Weber called the plan \u{201C}a serious mistake\u{201D} on March 5, 2025.",
    ]

    /// The shapes, each a function from a size to an article's text.
    enum Shape: String, CaseIterable, Sendable {
        case oneParagraph, oneLine, manyParagraphs, quotedParagraphs, oneSentence, straightQuotes, curlyQuotes, nested

        /// The article's text at `size` (about that many words or marks).
        func text(_ size: Int) -> String {
            let head = "---\ntitle: Pathological\ndate: 2025-03-03\n---\n"
            switch self {
            case .oneParagraph:
                return head + (0..<size / 10).map { sentences[$0 % sentences.count] }.joined(separator: " ") + "\n"
            case .oneLine:
                return head + String(repeating: "x", count: size * 6) + "\n"
            case .manyParagraphs:
                return head + (0..<size / 10).map { sentences[$0 % sentences.count] }.joined(separator: "\n\n") + "\n"
            case .quotedParagraphs:  // a quotation in every paragraph: once filtered again for each paragraph
                return head + (0..<size / 4).map { "\u{201C}Yes \($0),\u{201D} Weber said." }.joined(separator: "\n\n") + "\n"
            case .oneSentence:
                let words = ["Anna", "Weber", "and", "the", "Minister", "Luis", "Ortega", "of", "March", "4", "said", "that"]
                return head + (0..<size).map { words[$0 % words.count] }.joined(separator: " ") + ".\n"
            case .straightQuotes:
                return head + String(repeating: "\" Weber said ", count: size / 3) + "\n"
            case .curlyQuotes:
                return head + String(repeating: "\u{201C}", count: size) + " said Weber \u{201D}\u{2018}\n"
            case .nested:  // cmark's plain text of these grew as the square of the depth
                let depth = size / 4
                return head + [String(repeating: "> ", count: depth) + "deep quote", String(repeating: "- ", count: depth) + "x",
                               String(repeating: "1. ", count: depth) + "y", String(repeating: "> - ", count: depth) + "z",
                               String(repeating: "*", count: depth) + "x" + String(repeating: "*", count: depth),
                               String(repeating: "[", count: depth) + "x" + String(repeating: "](u)", count: depth)]
                    .joined(separator: "\n\n") + "\n"
            }
        }
    }

    /// CPU seconds this thread takes to build the article at `size` into files held nowhere.
    static func seconds(_ shape: Shape, size: Int, theme: CompiledTheme) throws -> Double {
        let source = ArticleSource(path: "content/articles/p.md", bytes: Array(shape.text(size).utf8))
        let start = threadCPUSeconds()
        let article = try ArticleLoader.load(source).article
        var slugged = article
        slugged.slug = "p"
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: [slugged])
        var routes: [Route] = []
        for page in SiteDeriver.pages(for: briefing) {
            _ = try theme.render(page, settings: briefing.settings)
            routes.append(page.route)
        }
        var sink: any PublishedFileSink = CountingSink()
        for job in PublishedFiles.jobs(for: briefing, routes: routes) { job.write(&sink) }
        #expect((sink as? CountingSink)?.bytes ?? 0 > 0)
        return threadCPUSeconds() - start
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// How many words (or marks) the larger article holds: 40,000 words is about 250 kB of news text.
    static let size = 40_000
    /// Most times longer the whole may take than its quarter: linear reads about 4, quadratic 16.
    static let maximumRatio = 9.0
    /// CPU seconds allowed for the larger article in a debug build.
    static let budget = 20.0

    @Test(arguments: Shape.allCases)
    func costsInProportionToItsSize(_ shape: Shape) throws {
        let theme = try CompiledTheme(.builtIn)
        let quarter = try Self.seconds(shape, size: Self.size / 4, theme: theme)
        let whole = try Self.seconds(shape, size: Self.size, theme: theme)
        #expect(whole / max(quarter, 0.01) < Self.maximumRatio, "\(shape): \(Self.size) took \(whole) s, a quarter \(quarter) s")
        #expect(whole < Self.budget, "\(shape): \(Self.size) took \(whole) s")
    }
}

/// A sink that counts what is written and keeps none of it.
struct CountingSink: PublishedFileSink {
    var bytes = 0
    mutating func begin(_ path: String) {}
    mutating func write(_ text: String) { bytes += text.utf8.count }
    mutating func end() {}
}
