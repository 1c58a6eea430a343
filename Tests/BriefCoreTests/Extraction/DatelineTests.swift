import Testing
@testable import BriefCore

/// A dateline's place opens the report in capitals; a section label before a headline is not one.
@Suite struct DatelineTests {
    private func place(_ text: String, paragraph: Int = 2) -> String? {
        let p = ParagraphText(number: paragraph, text: text)
        return Dateline.place(in: p).map { p.text(of: $0) }
    }

    @Test func placesBeforeADateAnAgencyOrADash() {
        #expect(place("KESTRAVO , Ruritania 1996-08-24") == "KESTRAVO")
        #expect(place("PORT VELMAR 1996-08-25") == "PORT VELMAR")
        #expect(place("KESTRAVO (Reuters) - The council met on Monday to agree a budget for the coming year and more.") == "KESTRAVO")
        #expect(place("KESTRAVO — The council met on Monday to agree a budget for the coming year and for the next.") == "KESTRAVO")
    }

    @Test func labelsHeadlinesAndLaterParagraphsAreNot() {
        #expect(place("PRESS DIGEST - Ruritania - Aug 22 .") == nil)
        #expect(place("SOCCER - KESTRAVO WIN AGAIN") == nil)
        #expect(place("The council met in KESTRAVO 1996.") == nil)
        #expect(place("KESTRAVO 1996-08-24", paragraph: 9) == nil)
    }

    @Test func theDatelinePlaceIsANameInACapitalisedLine() {
        let found = NameRecognizer.candidates(in: ParagraphText(number: 2, text: "KESTRAVO , Ruritania 1996-08-24"))
        #expect(found.first?.surface == "KESTRAVO")
        #expect(found.first?.kind == .place)
    }
}
