import Testing
@testable import BriefCore

@Suite struct HTMLEscapingTests {
    @Test func escapesTheFiveSignificantCharacters() {
        #expect(HTMLEscaping.escape(#"<script>alert("x" & 'y')</script>"#)
            == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func leavesOtherTextAlone() {
        #expect(HTMLEscaping.escape("“Curly” — Elysée") == "“Curly” — Elysée")
    }

    @Test func plainParagraphsAreEscapedWithTheirAnchor() {
        let html = ParagraphHTML.render(Paragraph(number: 3, text: "a <b> c"))
        #expect(html == #"<p id="p3">a &lt;b&gt; c</p>"#)
    }
}
