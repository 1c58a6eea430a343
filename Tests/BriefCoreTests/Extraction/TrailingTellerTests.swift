import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// Attributions set after the statement with an object ("…, a spokesman told the paper."), before it
/// after "As" ("As the newsletter reported, …"), and a relative clause of attitude.
@Suite struct TrailingTellerTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        reportedStatements(in: text).map { ($0.text, $0.speaker) }
    }

    @Test func aSpokesmanToldThePaper() {
        let r = reported("The ferry will stop running in May, a harbour spokesman told the local paper.")
        #expect(r.map(\.text) == ["The ferry will stop running in May"])
        #expect(r.map(\.speaker) == ["a harbour spokesman"])
    }

    @Test func thePollFound() {
        let r = reported("Most residents want the old ferry back, the county poll found.")
        #expect(r.map(\.text) == ["Most residents want the old ferry back"])
    }

    @Test func theRecordsShow() {
        let text = "Most of the money came from firms that no longer exist, county finance records show."
        let r = reported(text)
        #expect(r.map(\.text) == ["Most of the money came from firms that no longer exist"])
        // The verb is not part of the source's phrase.
        #expect(DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map(\.speaker) == ["county finance records"])
    }

    @Test func aDisclosureRevealed() {
        let r = reported("Wealthy donors paid for the late attacks, disclosures filed on Sunday revealed.")
        #expect(r.map(\.text) == ["Wealthy donors paid for the late attacks"])
    }

    @Test func asTheNewsletterReported() {
        let r = reported("As the harbour newsletter reported, the ferry will stop running in May.")
        #expect(r.map(\.text) == ["the ferry will stop running in May"])
    }

    @Test func aRelativeClauseOfAttitudeIsNoStatement() {
        let r = reported("Residents who think the ferry should stay signed a letter.")
        #expect(!r.contains { $0.text.hasPrefix("the ferry should stay") })
    }
}
