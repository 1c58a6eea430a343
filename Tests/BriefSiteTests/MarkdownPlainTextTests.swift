import Testing
@testable import BriefSite

/// The text extraction reads of Markdown nested too deep for cmark's plain-text renderer, whose time
/// grows as the square of the depth: the same words, read off the tree.
@Suite struct MarkdownPlainTextTests {
    static let deep = MarkdownPlainText.maximumRenderedDepth * 4

    @Test func deeplyNestedBlocksKeepTheirWords() {
        let quote = String(repeating: "> ", count: Self.deep) + "Weber said \"we are ready\" on *March 4*."
        let lists = String(repeating: "- ", count: Self.deep) + "first\n\n" + String(repeating: "1. ", count: Self.deep) + "second"
        #expect(MarkdownRenderer.paragraphs(quote).map(\.text) == ["Weber said \u{201C}we are ready\u{201D} on March 4."])
        let items = MarkdownRenderer.paragraphs(lists).map(\.text)
        #expect(items.count == 2)
        #expect(items.first == "first")
        #expect(items.last == "second")
    }

    @Test func deeplyNestedInlinesKeepTheirWords() {
        let emphasis = String(repeating: "*", count: Self.deep) + "x" + String(repeating: "*", count: Self.deep)
        let links = String(repeating: "[", count: Self.deep) + "y" + String(repeating: "](u)", count: Self.deep)
        #expect(MarkdownRenderer.paragraphs(emphasis + " and `code`\nnext line").map(\.text) == ["x and code next line"])
        // A link holds no link: only the innermost is one, the brackets around it stay as text.
        let outer = Self.deep - 1
        #expect(MarkdownRenderer.paragraphs(links).map(\.text)
            == [String(repeating: "[", count: outer) + "y" + String(repeating: "](u)", count: outer)])
    }

    @Test func shallowBlocksAreRenderedByCmarkAsBefore() {
        // Within the depth limit the list markers cmark writes are kept; past it they are not.
        let shallow = String(repeating: "- ", count: 3) + "x"
        #expect(MarkdownRenderer.paragraphs(shallow).map(\.text) == ["-   -   - x"])
        #expect(MarkdownRenderer.paragraphs(String(repeating: "- ", count: Self.deep) + "x").map(\.text) == ["x"])
    }
}
