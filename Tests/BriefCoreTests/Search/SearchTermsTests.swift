import Testing
@testable import BriefCore

@Suite struct SearchTermsTests {
    @Test func wordsAreLowerCaseWithoutDiacriticsOrApostrophes() {
        #expect(SearchTerms.words("Émile Zola’s O'Brien, AT&T — 2025!") == ["emile", "zolas", "obrien", "at", "t", "2025"])
        #expect(SearchTerms.words("Cafe\u{301} Ærø straße") == ["cafe", "aero", "strasse"], "a combining accent stays inside its word")
    }

    @Test func cyrillicIsTransliteratedAndOtherScriptsKept() {
        #expect(SearchTerms.words("Мария Захарова") == ["mariya", "zakharova"])
        #expect(SearchTerms.words("東京 ΑΘΗΝΑ") == ["東京", "αθηνα"])
    }

    @Test func longWordsAreCut() {
        let word = String(repeating: "ab", count: 100)
        #expect(SearchTerms.words(word + " next") == [String(word.prefix(SearchTerms.maximumWordLength)), "next"])
    }

    @Test func theFoldTableListsTheIndexedCharactersThatFoldSpecially() {
        let entry = SearchEntry(kind: .article, fields: .object([]), heading: ["Émile Жуков’s 東京"], body: ["— x"])
        let table = SearchFoldTable.json([entry])
        #expect(table["É"]?.stringValue == "e" && table["é"]?.stringValue == "e", "both cases")
        #expect(table["Ж"]?.stringValue == "zh" && table["ж"]?.stringValue == "zh")
        #expect(table["’"]?.stringValue == "")
        #expect(table["東"] == nil, "kept as it is by the rule search.js applies anyway")
        #expect(table["—"] == nil, "a break by that rule too")
    }

    @Test func wordsSortAsJavaScriptComparesStrings() {
        // U+1F600 sorts after U+FF21 (fullwidth A) by code point, as Swift compares; before it in UTF-16
        // (its surrogate D83D), as JavaScript does.
        #expect(SearchTermIndex.precedes("\u{1F600}", "\u{FF21}") && !("\u{1F600}" < "\u{FF21}"))
        #expect(SearchTermIndex.precedes("abc", "abd") && SearchTermIndex.precedes("ab", "abc"))
    }
}
