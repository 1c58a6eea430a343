import Testing
@testable import BriefCore

/// Dates read the shared tokens: a plain token is one piece as it is, a token with inner marks is cut
/// into the pieces the temporal patterns spell, and the view equals what cutting the whole text gives.
@Suite struct TimexTokenPiecesTests {
    /// The pieces of `text` as dates read them: (lower-case text, kind).
    static func pieces(_ text: String) -> [String] {
        TokenStream(text: text).tokens.map { "\($0.lower)/\($0.kind)" }
    }

    @Test func plainTokensAreOnePieceEach() {
        #expect(Self.pieces("On March 4, 2020 at 10AM") ==
                ["on/word", "march/word", "4/number", ",/punctuation", "2020/number", "at/word", "10am/word"])
    }

    @Test func tokensWithInnerMarksAreCut() {
        #expect(Self.pieces("U.S. talks in mid-2020 cost 1,000 dollars") ==
                ["u/word", "./punctuation", "s/word", "./punctuation", "talks/word", "in/word", "mid/word", "-/punctuation",
                 "2020/number", "cost/word", "1/number", ",/punctuation", "000/number", "dollars/word"])
        #expect(Self.pieces("Sept. 30 and the year’s end") ==
                ["sept/word", "./punctuation", "30/number", "and/word", "the/word", "year/word", "’/punctuation", "s/word",
                 "end/word"])
    }

    @Test func piecesKeepSpansAndSpacing() {
        let tokens = TokenStream(text: "in mid-2020").tokens
        #expect(tokens.map(\.start) == [0, 3, 6, 7])
        #expect(tokens.map(\.end) == [2, 6, 7, 11])
        #expect(tokens.map(\.spaceBefore) == [true, true, false, false])
        #expect(tokens.map(\.isCapitalized) == [false, false, false, false])
    }

    @Test func sentencesAreThoseOfTheSharedSplitterInPieces() {
        let stream = TokenStream(text: "The U.S. vote was on Monday. It ended Sept. 30.")
        let words = stream.sentences.map { range in range.map { stream.tokens[$0].lower }.joined(separator: " ") }
        #expect(words == ["the u . s . vote was on monday .", "it ended sept . 30 ."])
    }

    @Test func linesArePlacedAtTheirOffsets() {
        let lines = TokenizedLine.lines(of: "First line.\n\nSecond, on May 4.")
        #expect(lines.map(\.offset) == [0, 13])
        #expect(TimexTagger.timexes(in: "First line.\n\nSecond, on May 4.", anchor: nil).map(\.span) == [ByteSpan(start: 24, end: 29)])
    }

    /// Cutting each shared token gives what cutting the whole text at once gives: the pieces do not
    /// depend on where the shared tokeniser put its boundaries.
    @Test func viewEqualsCuttingTheWholeText() {
        let texts = TimexPatternStartsTests.texts + [
            "Jean-Claude said the just-ended U.S.-China talks of 3.5 hours on Jan. 5, 2021, at 2:30 p.m. “were fine.”",
            "O'Leary's 1990s-era plan — 50% by 2030 — don’t matter; Naïve café (Q3) … 24/7, 9/11, 10-K.",
        ]
        for text in texts {
            var copy = text
            let whole: [TimexToken] = copy.withUTF8 { bytes in
                var pieces: [TimexToken] = []
                TimexTokenPieces.cut(bytes, 0..<bytes.count, spaceBefore: true, into: &pieces)
                return pieces
            }
            #expect(TokenStream(text: text).tokens == whole, "\(text)")
        }
    }
}
