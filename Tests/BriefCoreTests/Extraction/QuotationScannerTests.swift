import Testing
@testable import BriefCore

@Suite struct QuotationScannerTests {
    private func quotes(_ text: String) -> [String] {
        let p = ParagraphText(number: 1, text: text)
        return p.quotes.map { p.text(of: $0.tokens) }
    }

    @Test func curlyAndStraightMarks() {
        #expect(quotes("“We are ready,” she said, and \"we will stay.\"") == ["“We are ready,”", "\"we will stay.\""])
    }

    @Test func nestedSingleMarksStayInside() {
        #expect(quotes("“He told me ‘never again’ twice,” she said.") == ["“He told me ‘never again’ twice,”"])
    }

    @Test func unclosedQuotationRunsToTheEndOfTheParagraph() {
        let p = ParagraphText(number: 1, text: "“The first part goes on, and on.")
        #expect(p.quotes.count == 1)
        #expect(p.quotes[0].close == nil)
        #expect(p.insideQuote.allSatisfy { $0 })
    }

    @Test func mistypedClosingMarkClosesByItsSpacing() {
        #expect(quotes("He wrote: “It is done.“ Then he left.") == ["“It is done.“"])
    }
}
