import Foundation
import Testing
@testable import BriefCore

/// Quotations' and statements' words held as slices of their paragraph: the same words as a copy,
/// sharing the paragraph's storage when the span falls between scalars.
@Suite struct SharedTextTests {
    static let paragraph = "Ms. Müller said “the plan will fail” on Tuesday, officials said."

    /// The address of the first byte of `text`'s UTF-8 storage.
    static func storage(_ text: Substring) -> UnsafeRawPointer? {
        text.base.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    static func span(of words: String) -> ByteSpan {
        let bytes = Array(paragraph.utf8), needle = Array(words.utf8)
        let start = (0...(bytes.count - needle.count)).first { Array(bytes[$0..<$0 + needle.count]) == needle }!
        return ByteSpan(start: start, end: start + needle.count)
    }

    @Test func aSpanBetweenScalarsIsASliceOfTheParagraph() {
        let span = Self.span(of: "the plan will fail")
        let slice = span.slice(of: Self.paragraph)
        #expect(slice == "the plan will fail")
        #expect(String(slice) == span.text(in: Self.paragraph))
        #expect(Self.storage(slice) == Self.storage(Self.paragraph[...]), "the slice shares the paragraph's bytes")
    }

    @Test func aSpanSplittingAScalarIsRepairedAsTextIsNotSliced() {
        // "ü" is two bytes: a span ending between them has no slice, and reads as `text(in:)` does.
        let start = Self.span(of: "Müller").start
        let split = ByteSpan(start: start, end: start + 2)
        #expect(String(split.slice(of: Self.paragraph)) == split.text(in: Self.paragraph))
        #expect(String(split.slice(of: Self.paragraph)) == "M\u{FFFD}")
    }

    @Test func aTrimmedSliceIsTheTrimmedStringAndStillShares() {
        let text = "  “ words in marks ”\n"
        let trimmed = text[...].trimmingASCIIWhitespace()
        #expect(String(trimmed) == text.trimmingASCIIWhitespace())
        #expect(Self.storage(trimmed) == Self.storage(text[...]))
        #expect("   "[...].trimmingASCIIWhitespace().isEmpty)
    }

    @Test func sharedTextComparesHashesAndEncodesAsItsWords() throws {
        let slice = SharedText(Self.span(of: "the plan will fail").slice(of: Self.paragraph))
        let copy: SharedText = "the plan will fail"
        #expect(slice == copy)
        #expect(slice.hashValue == copy.hashValue)
        let encoded = try JSONEncoder().encode([slice])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["the plan will fail"]"#)
        #expect(try JSONDecoder().decode([SharedText].self, from: encoded) == [copy])
    }

    @Test("quotations and statements found in an article hold their words as slices of its paragraphs")
    func extractionSharesTheParagraph() throws {
        let paragraph = "“We will not accept this,” Macron said. Officials said the talks would resume on Monday."
        let analysis = ArticleAnalyzer.analyze(prepared: [ParagraphText(number: 1, text: paragraph)], byline: nil)
        let quote = try #require(analysis.quotes.first)
        #expect(quote.text.hasPrefix("We will not accept this"))
        #expect(Self.storage(quote.sharedText.slice) == Self.storage(paragraph[...]))
        let statement = try #require(analysis.reported.first)
        #expect(Self.storage(statement.sharedText.slice) == Self.storage(paragraph[...]))
        #expect(statement.text == String(statement.sharedText.slice))
    }
}
