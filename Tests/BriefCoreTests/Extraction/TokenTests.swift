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

    @Test func theTokenizersPossessiveLengthIsTheLowerCaseWords() {
        let tokens = words("PUTIN'S the 1990's and 1990'S s’s bus’s ’s it’s Mr. Jones's")
        for token in tokens {
            #expect(token.possessiveLength == Token.possessiveLength(of: token.lower), "\(token.text)")
        }
        #expect(tokens[0].possessiveLength == 2)
        #expect(tokens[2].possessiveLength == 2)  // a number keeps its case: "1990's"
        #expect(tokens[4].possessiveLength == 0)  // "1990'S"
        let built = Token(kind: .word, span: ByteSpan(start: 0, end: 8), text: "Macron’s", isCapitalized: true, spaceBefore: true)
        #expect(built.possessiveLength == 4)
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
