import Testing
@testable import BriefCore

/// "Did you mean" for a mistyped metadata key: the closest known key within a typo's distance.
@Suite struct KeySuggestionTests {
    static let known = ["title", "date", "author", "source", "url", "tags", "slug", "draft"]

    @Test func suggestsTheKeyATypoWasMeantToBe() {
        #expect(KeySuggestion.closest(to: "titel", among: Self.known) == "title", "two letters swapped")
        #expect(KeySuggestion.closest(to: "dat", among: Self.known) == "date", "a letter missing")
        #expect(KeySuggestion.closest(to: "Author", among: Self.known) == "author", "case aside")
        #expect(KeySuggestion.closest(to: "autor", among: Self.known) == "author")
        #expect(KeySuggestion.closest(to: "sources", among: Self.known) == "source")
        #expect(KeySuggestion.closest(to: "drafts", among: Self.known) == "draft")
    }

    @Test func suggestsNothingForAnotherWord() {
        #expect(KeySuggestion.closest(to: "category", among: Self.known) == nil)
        #expect(KeySuggestion.closest(to: "id", among: Self.known) == nil)
        #expect(KeySuggestion.closest(to: "", among: Self.known) == nil)
        #expect(KeySuggestion.closest(to: String(repeating: "x", count: 10_000), among: Self.known) == nil)
    }

    @Test func editDistanceCountsSwapsAsOne() {
        #expect(KeySuggestion.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
        #expect(KeySuggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    }
}
