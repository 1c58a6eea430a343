import BriefCore
import Testing

@Suite struct SpellingSuggestionTests {
    static let commands = ["build", "serve", "analyze", "eval", "init", "check", "help"]

    @Test func aSwapOrASlipFindsTheCommand() {
        #expect(SpellingSuggestion.closest(to: "biuld", among: Self.commands) == "build")
        #expect(SpellingSuggestion.closest(to: "serv", among: Self.commands) == "serve")
        #expect(SpellingSuggestion.closest(to: "chekc", among: Self.commands) == "check")
        #expect(SpellingSuggestion.closest(to: "analyse", among: Self.commands) == "analyze")
        #expect(SpellingSuggestion.closest(to: "BUILD", among: Self.commands) == "build")
    }

    @Test func theStartOfOneCommandFindsIt() {
        #expect(SpellingSuggestion.closest(to: "an", among: Self.commands) == "analyze")
    }

    @Test func aWordFarFromEveryCommandFindsNone() {
        #expect(SpellingSuggestion.closest(to: "publish", among: Self.commands) == nil)
        #expect(SpellingSuggestion.closest(to: "xyz", among: Self.commands) == nil)
        #expect(SpellingSuggestion.closest(to: "", among: Self.commands) == nil)
    }

    @Test func distanceCountsASwapOnce() {
        #expect(SpellingSuggestion.distance(Array("biuld"), Array("build")) == 1)
        #expect(SpellingSuggestion.distance(Array("kitten"), Array("sitting")) == 3)
        #expect(SpellingSuggestion.distance([], Array("abc")) == 3)
    }
}
