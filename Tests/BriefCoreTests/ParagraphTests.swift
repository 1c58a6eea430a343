import Foundation
import Testing
@testable import BriefCore

/// A Markdown block that is only its escaped text does not hold its HTML beside its text, yet gives
/// the same HTML, encodes the same and compares the same as one built with it.
@Suite struct ParagraphTests {
    static let text = "Officials said “talks & <votes>” would resume, O'Brien added."
    static let plainHTML = "<p id=\"p3\">Officials said “talks &amp; &lt;votes&gt;” would resume, O&#39;Brien added.</p>\n"

    /// The HTML the paragraph holds of its own, read from its stored properties.
    static func heldHTML(_ paragraph: Paragraph) -> String?? {
        Mirror(reflecting: paragraph).children.first { $0.label == "ownHTML" }.map { $0.value as? String }
    }

    @Test func aBlockThatIsItsEscapedTextHoldsNoHTMLButGivesIt() throws {
        let paragraph = Paragraph(number: 3, text: Self.text, html: Self.plainHTML)
        #expect(paragraph.html == Self.plainHTML)
        #expect(try #require(Self.heldHTML(paragraph)) == nil)
        #expect(paragraph == Paragraph(number: 3, text: Self.text, html: Self.plainHTML))
        #expect(ParagraphHTML.render(paragraph) == Self.plainHTML)
    }

    @Test func aBlockWithMarkupOrAnotherShapeKeepsItsHTML() throws {
        for html in ["<p id=\"p3\"><em>Officials</em> said</p>\n", String(Self.plainHTML.dropLast()), "<h2 id=\"p3\">Officials</h2>\n"] {
            let paragraph = Paragraph(number: 3, text: Self.text, html: html)
            #expect(paragraph.html == html)
            #expect(try #require(Self.heldHTML(paragraph)) == html)
        }
        let plain = Paragraph(number: 3, text: Self.text)
        #expect(plain.html == nil)
        #expect(ParagraphHTML.render(plain) == String(Self.plainHTML.dropLast()))
        #expect(plain != Paragraph(number: 3, text: Self.text, html: Self.plainHTML))
    }

    @Test func itEncodesItsHTMLAsBeforeAndReadsItBack() throws {
        for paragraph in [Paragraph(number: 3, text: Self.text, html: Self.plainHTML), Paragraph(number: 4, text: "x", html: "<p id=\"p4\"><b>x</b></p>\n"),
                          Paragraph(number: 5, text: "y")] {
            let json = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(paragraph)) as? [String: Any]
            #expect(json?["html"] as? String == paragraph.html)
            #expect(Set(json?.keys.map { $0 } ?? []) == Set(["number", "text"] + (paragraph.html == nil ? [] : ["html"])))
            #expect(try JSONDecoder().decode(Paragraph.self, from: try JSONEncoder().encode(paragraph)) == paragraph)
        }
    }
}
