import Testing
@testable import BriefCore

@Suite struct TokenizerTests {
    @Test func keepsAbbreviationsInitialsAndDecimalsWhole() {
        let words = Tokenizer.tokenize("Mr. J. Smith paid $3.5 million in the U.S. on Sept. 4.").map(\.text)
        #expect(words == ["Mr.", "J.", "Smith", "paid", "$", "3.5", "million", "in", "the", "U.S.", "on", "Sept.", "4", "."])
    }

    @Test func keepsApostrophesAndHyphensInsideWords() {
        let words = Tokenizer.tokenize("O’Leary’s don't Jean-Claude").map(\.text)
        #expect(words == ["O’Leary’s", "don't", "Jean-Claude"])
    }

    @Test func spansAreUTF8ByteOffsets() {
        let text = "“Élysée,” he said"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens[0].quoteMark == .openDouble)
        #expect(tokens[1].text == "Élysée" && tokens[1].isCapitalized)
        #expect(tokens[1].span == ByteSpan(start: 3, end: 11))
        #expect(tokens[3].quoteMark == .closeDouble)
        #expect(tokens.allSatisfy { $0.span.text(in: text) == $0.text })
    }

    @Test func possessiveEndingIsMeasuredInBytes() {
        let token = Tokenizer.tokenize("Putin’s")[0]
        #expect(token.possessiveLength == 4)
        #expect(token.withoutPossessive == "Putin")
    }

    @Test func flagsAreThoseOfEachTokensLowerCaseForm() {
        let text = "President Ana Ruiz SAID on Monday: “The plan, Mr. Obi’s, failed—twice.” Übersee-Ölfirma (Aktien) rose."
        let (tokens, flags) = Tokenizer.tokenizeWithFlags(text)
        #expect(tokens == Tokenizer.tokenize(text))
        #expect(flags == LexicalFlags.of(tokens))
        #expect(tokens.map(\.lower).contains("said") && tokens.map(\.text).contains("SAID"))
    }

    @Test func lowersLongAndMixedCaseWordsAsWritten() {
        let text = "AbCdEfGhIjKlMnOpQrStUvWxYz0123 internationalization-and-Localization-Questions x"
        let tokens = Tokenizer.tokenize(text)
        #expect(tokens.map(\.lower) == tokens.map { Token.lowered($0.text) })
        #expect(tokens[0].lower == "abcdefghijklmnopqrstuvwxyz0123")
    }
}
