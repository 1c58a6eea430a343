import Testing
@testable import BriefCore

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

    @Test func asTheNewsletterReported() {
        let r = reported("As the harbour newsletter reported, the ferry will stop running in May.")
        #expect(r.map(\.text) == ["the ferry will stop running in May"])
    }

    @Test func aRelativeClauseOfAttitudeIsNoStatement() {
        let r = reported("Residents who think the ferry should stay signed a letter.")
        #expect(!r.contains { $0.text.hasPrefix("the ferry should stay") })
    }
}
