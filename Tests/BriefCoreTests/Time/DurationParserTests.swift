import Testing
@testable import BriefCore

@Suite struct DurationParserTests {
    @Test func values() {
        #expect(DurationParser.value(3.5, .year) == "P3Y6M")
        #expect(DurationParser.value(2, .week) == "P2W")
        #expect(DurationParser.value(1.5, .day) == "P1DT12H")
        #expect(DurationParser.value(nil, .year) == "PXY")
        #expect(DurationParser.value(30, .minute) == "PT30M")
        #expect(DurationParser.value(2, .decade) == "P20Y")
        #expect(DurationParser.value(nil, .decade) == "PXY")
        #expect(DurationParser.value(1, .century) == "P100Y")
    }

    @Test func amountsInText() {
        let tokens = TokenStream(text: "twenty-five three and a half 2.5 a few")
        #expect(DurationParser.amount(in: tokens, at: 0)?.amount == 25)
        #expect(DurationParser.amount(in: tokens, at: 3)?.amount == 3.5)
        #expect(DurationParser.amount(in: tokens, at: 7)?.amount == 2.5)
        let vague = DurationParser.amount(in: tokens, at: 10)
        #expect(vague != nil && vague!.amount == nil)
    }
}
