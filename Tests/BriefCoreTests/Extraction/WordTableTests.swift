import Testing
@testable import BriefCore

@Suite struct WordTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let words = (0..<500).map { "word\($0)" }
        let set = WordSet(words)
        #expect(set.count == 500)
        #expect(words.allSatisfy(set.contains))
        #expect(!set.contains("word500"))
        #expect(!set.contains("word"))
        #expect(!set.contains(""))
        #expect(!set.contains("Word1"))
    }

    @Test func valuesFollowTheirKeysAndLaterPairsWin() {
        let table = WordTable([("u.s.", "United States"), ("france", "France"), ("u.s.", "USA")])
        #expect(table["u.s."] == "USA")
        #expect(table["france"] == "France")
        #expect(table["germany"] == nil)
        #expect(table.keys == ["u.s.", "france"])
    }

    @Test func keysLongerThanEightBytesAndWithSpaces() {
        let table: WordTable<Int> = ["united arab emirates": 1, "new year's day": 2, "a": 3]
        #expect(table["united arab emirates"] == 1)
        #expect(table["united arab emirate"] == nil)
        #expect(table["new year's day"] == 2)
        #expect(table["a"] == 3)
    }

    @Test func nonASCIIWordsMatchCanonicallyEquivalentSpellings() {
        let set: WordSet = ["türkiye", "’"]
        #expect(set.contains("türkiye"))
        #expect(set.contains("tu\u{308}rkiye"))  // u + combining diaeresis: the same word as a `String`
        #expect(set.contains("’"))
        #expect(!set.contains("turkiye"))
    }

    @Test func wordsWithCurlyApostrophesMatchByTheirBytes() {
        let plain: WordSet = ["don’t", "say"]
        #expect(plain.contains("don’t"))
        #expect(!plain.contains("won’t"))
        #expect(!plain.contains("don't"))
        // A key that is not plain keeps the look-up by `String` equality.
        let mixed: WordSet = ["caf\u{E9}’s"]
        #expect(mixed.contains("cafe\u{301}’s"))
        #expect(!mixed.contains("cafe’s"))
    }

    @Test func latinLettersAreMatchedByBytesAndDecomposedSpellingsStillMatch() {
        let composed: WordSet = ["jos\u{E9}", "\u{C5}ngstr\u{F6}m", "\u{142}ód\u{17A}"]
        #expect(composed.contains("jos\u{E9}"))
        #expect(composed.contains("jose\u{301}"))  // e + combining acute: the same word as a `String`
        #expect(!composed.contains("jose"))
        #expect(!composed.contains("jos\u{E8}"))
        #expect(composed.contains("\u{142}o\u{301}dz\u{301}"))
        // A decomposed key: a composed word is not plain for it, so it is looked up by `String` equality.
        let decomposed: WordSet = ["jose\u{301}"]
        #expect(decomposed.contains("jos\u{E9}"))
        #expect(!decomposed.contains("jos\u{E8}"))
    }

    @Test func emptySetContainsNothing() {
        let set = WordSet([String]())
        #expect(set.isEmpty)
        #expect(!set.contains("a"))
    }
}
