import Testing
@testable import BriefCore

@Suite struct SpeakerNameTests {
    @Test func foldsCaseDiacriticsPunctuationAndSymbols() {
        #expect(SpeakerName.tokens("  Dr. José\u{00A0}Ruiz-Díaz ") == ["dr", "jose", "ruizdiaz"])
        #expect(SpeakerName.tokens("STRASSE Straße ﬁn $Ωmega") == ["strasse", "strasse", "fin", "ωmega"])
        #expect(SpeakerName.tokens("“—”").isEmpty)
    }

    @Test func lastTokenRuleWorksBothWays() {
        #expect(SpeakerName.matches("Lonechild", "Darian Lonechild"))
        #expect(SpeakerName.matches("Darian Lonechild", "lonechild"))
        #expect(!SpeakerName.matches("Darian", "Darian Lonechild"))
        #expect(!SpeakerName.matches("Ann", nil))
        #expect(!SpeakerName.matches("...", "..."))
    }

    @Test func lenientAcceptsContiguousTokens() {
        #expect(SpeakerName.matchesLeniently("Josh Schwerin", "spokesman Josh Schwerin"))
        #expect(!SpeakerName.matchesLeniently("Josh Schwerin", "Josh the spokesman Schwerin"))
    }

    @Test func pronounsAndLowerCaseAreNotNames() {
        #expect(!SpeakerName.looksLikeName("He"))
        #expect(!SpeakerName.looksLikeName("Who"))
        #expect(!SpeakerName.looksLikeName("the spokesman"))
        #expect(SpeakerName.looksLikeName("The spokesman"))
        #expect(SpeakerName.looksLikeName("Hermann"))
    }
}
