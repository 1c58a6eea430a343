import Testing
@testable import BriefSite

@Suite struct MarkdownRendererTests {
    @Test func rendersTables() {
        let html = MarkdownRenderer.html("| a | b |\n|---|---|\n| 1 | 2 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
    }

    @Test func rendersStrikethroughAndTaskLists() {
        #expect(MarkdownRenderer.html("~~gone~~").contains("<del>gone</del>"))
        let tasks = MarkdownRenderer.html("- [x] done\n- [ ] open\n")
        #expect(tasks.contains(#"type="checkbox""#))
        #expect(tasks.contains("checked"))
    }

    @Test func autolinksBareURLs() {
        #expect(MarkdownRenderer.html("See https://example.org/a now.").contains(#"<a href="https://example.org/a">"#))
    }

    @Test func usesSmartPunctuation() {
        #expect(MarkdownRenderer.html(#"He said "yes" -- it's done..."#).contains("“yes” – it’s done…"))
    }

    @Test func omitsRawHTML() {
        let html = MarkdownRenderer.html("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func neutralisesJavascriptLinks() {
        let html = MarkdownRenderer.html("[click](javascript:alert(1)) and [data](data:text/html;base64,xx)")
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text/html"))
        #expect(html.contains(#"<a href="">click</a>"#))
    }

    @Test func numbersTopLevelBlocksWithAnchorsAndKeepsTheirText() {
        let paragraphs = MarkdownRenderer.paragraphs("First *one*.\n\n## Heading\n\n- item\n\n| a |\n|---|\n| b |\n")
        #expect(paragraphs.map(\.number) == [1, 2, 3, 4])
        #expect(paragraphs[0].html == "<p id=\"p1\">First <em>one</em>.</p>\n")
        #expect(paragraphs[0].text == "First one.")
        #expect(paragraphs[1].html?.hasPrefix(#"<h2 id="p2">"#) == true)
        #expect(paragraphs[2].html?.hasPrefix(#"<ul id="p3">"#) == true)
        #expect(paragraphs[3].html?.hasPrefix(#"<table id="p4">"#) == true)
    }

    @Test func softLineBreaksBecomeSpacesInTheText() {
        let paragraphs = MarkdownRenderer.paragraphs("one line\nwrapped \"here\"\n")
        #expect(paragraphs.first?.text == "one line wrapped “here”")
    }
}

/// cmark-gfm adds its extensions' special characters to one table shared by every parser while a
/// document's inlines are parsed, and takes them out after: two documents parsed at once on two
/// cores could lose the autolink (":" or "w") half-way. Articles are parsed on every core, so the
/// same article rendered with or without its link depended on timing.
@Suite struct MarkdownConcurrencyTests {
    @Test func autolinksSurviveDocumentsParsedOnEveryCore() {
        let documents = (0..<4_000).map { n in "Item \(n): see http://example.com/\(n) or www.example.org/\(n) and *more*." }
        let pages = documents.concurrentMap { MarkdownRenderer.html($0) }
        let missing = pages.indices.filter { !pages[$0].contains("<a href=\"http://example.com/\($0)\">") ||
                                             !pages[$0].contains("<a href=\"http://www.example.org/\($0)\">") }
        #expect(missing.isEmpty, "\(missing.count) of \(pages.count) documents lost a link, e.g. \(missing.first.map { pages[$0] } ?? "")")
    }
}
