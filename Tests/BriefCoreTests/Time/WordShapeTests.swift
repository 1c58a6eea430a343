import Testing
@testable import BriefCore

/// A token's shape is the shape of its lower-cased text, so a word list's ``WordShapeSet`` never rules
/// out one of its words however it is capitalised.
@Suite struct WordShapeTests {
    @Test func tokenShapeIsTheShapeOfItsLowerCasedText() {
        let text = "The Q3 results, THE 1990s and Mid-March: Naïve café owners said 10AM was “early” — today."
        for token in TokenStream(text: text).tokens where token.kind != .punctuation {
            #expect(token.shape == WordShape(of: token.lower), "\(token.lower)")
        }
    }

    @Test func setHoldsItsWordsAndRulesOutOthers() {
        let set = WordShapeSet(["year", "today", "q3"])
        for word in ["year", "today", "q3"] { #expect(set.mayContain(WordShape(of: word))) }
        #expect(!set.mayContain(WordShape(of: "president")))
        #expect(set.mayContain(WordShape(of: "café")))
    }
}
