import Testing
@testable import BriefCore
@testable import BriefEvaluation

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

/// Scoring the in-process analysis sees what `brief analyze` writes.
@Suite struct PredictionConversionTests {
    @Test func aPredictionKeepsTheSpeakerSpanSoGGTSpanIsScored() {
        var quote = AnalysisRecord.Quote(span: ByteSpan(start: 0, end: 9), speaker: "Ana", direct: true)
        quote.speakerSpan = ByteSpan(start: 12, end: 15)
        let document = EvalDocument(prediction: AnalysisRecord(id: "d", quotes: [quote]))
        #expect(document.quotes?.items.first?.speakerSpan == ByteSpan(start: 12, end: 15))
    }
}
