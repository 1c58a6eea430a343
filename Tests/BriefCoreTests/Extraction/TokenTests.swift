import Testing
@testable import BriefCore

@Suite struct TokenTests {
    private func words(_ text: String) -> [Token] { Tokenizer.tokenize(text) }

    @Test func possessivesAreDroppedFromTheLowerCaseWord() {
        let tokens = words("Putin’s aide and O'Leary's dog and Thomas")
        #expect(tokens[0].possessiveLength == 4)
        #expect(tokens[0].lowerWithoutPossessive == "putin")
        #expect(tokens[0].withoutPossessive == "Putin")
        #expect(tokens[3].lowerWithoutPossessive == "o'leary")
        #expect(tokens[6].possessiveLength == 0)
        #expect(tokens[6].lowerWithoutPossessive == "thomas")
    }

    @Test func terminalsMarksAndPeriods() {
        let tokens = words("Mr. Lee left… Did he? Yes! (U.S.)")
        #expect(tokens[0].endsWithPeriod)
        #expect(!tokens[1].endsWithPeriod)
        #expect(tokens[3].isTerminal)  // …
        #expect(tokens.filter(\.isTerminal).map(\.text) == ["…", "?", "!"])
        #expect(tokens.contains { $0.is("(") })
        #expect(!tokens[0].is("."))
    }
}
