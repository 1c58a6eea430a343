import Testing
@testable import BriefCore

@Suite struct InlineMarkupTests {
    /// The byte span of the first occurrence of `needle` in `text`.
    func span(_ needle: String, in text: String) -> ByteSpan {
        let bytes = Array(text.utf8), target = Array(needle.utf8)
        let start = (0...(bytes.count - target.count)).first { bytes[$0..<$0 + target.count].elementsEqual(target) }!
        return ByteSpan(start: start, end: start + target.count)
    }

    func mark(_ needle: String, in text: String, tag: String = "b", link: Bool = false) -> InlineMark {
        InlineMark(span: span(needle, in: text), open: "<\(tag)>", close: "</\(tag)>", isLink: link)
    }

    @Test func plainTextIsEscapedAroundNestedMarks() {
        let text = "Smith said “Jones & co. <lie>” today."
        let html = InlineMarkup.render(Paragraph(number: 3, text: text),
                                       marks: [mark("“Jones & co. <lie>”", in: text, tag: "q"), mark("Jones", in: text, tag: "a", link: true)])
        #expect(html == #"<p id="p3">Smith said <q>“<a>Jones</a> &amp; co. &lt;lie&gt;”</q> today.</p>"#)
    }

    @Test func aMarkCrossingAnotherIsDroppedAndALinkInsideALinkToo() {
        let text = "Anna Lee met Bob Ray."
        let crossing = InlineMarkup.render(Paragraph(number: 1, text: text),
                                           marks: [mark("Anna Lee met", in: text, tag: "i"), mark("Lee met Bob", in: text, tag: "u")])
        #expect(crossing == #"<p id="p1"><i>Anna Lee met</i> Bob Ray.</p>"#)
        let nested = InlineMarkup.render(Paragraph(number: 1, text: text),
                                         marks: [mark("Anna Lee", in: text, tag: "a", link: true), mark("Lee", in: text, tag: "a", link: true)])
        #expect(nested == #"<p id="p1"><a>Anna Lee</a> met Bob Ray.</p>"#)
    }

    @Test func marksLandOnMarkdownTextAcrossEntitiesAndInlineElements() {
        let plain = "Rivera said “we are not done” & left."
        let html = #"<p id="p2">Rivera said “we are <em>not</em> done” &amp; left.</p>"#
        let paragraph = Paragraph(number: 2, text: plain, html: html + "\n")
        let marked = InlineMarkup.render(paragraph, marks: [mark("“we are not done”", in: plain, tag: "q"), mark("Rivera", in: plain, tag: "a", link: true)])
        #expect(marked == #"<p id="p2"><a>Rivera</a> said <q>“we are <em>not</em> done”</q> &amp; left.</p>"# + "\n")
    }

    @Test func aMarkThatWouldCrossAnElementLeavesTheMarkdownUnmarked() {
        let plain = "We are not done yet."
        let html = #"<p id="p1">We are <em>not done</em> yet.</p>"#
        let marked = InlineMarkup.render(Paragraph(number: 1, text: plain, html: html), marks: [mark("are not", in: plain)])
        #expect(marked == html)
    }

    @Test func textThatDoesNotAlignLeavesTheMarkdownUnmarked() {
        let plain = "- first item"
        let html = "<ul id=\"p1\">\n<li>first item</li>\n</ul>\n"
        #expect(InlineMarkup.render(Paragraph(number: 1, text: plain, html: html), marks: [mark("first", in: plain)]) == html)
    }

    @Test func noLinkIsPlacedInsideAMarkdownLink() {
        let plain = "Ask Lee Chan today."
        let html = #"<p id="p1">Ask <a href="https://example.org">Lee Chan</a> today.</p>"#
        let marked = InlineMarkup.render(Paragraph(number: 1, text: plain, html: html),
                                         marks: [InlineMark(span: span("Lee Chan", in: plain), open: "<a href=\"x\">", close: "</a>", isLink: true)])
        #expect(marked == html)
    }
}
