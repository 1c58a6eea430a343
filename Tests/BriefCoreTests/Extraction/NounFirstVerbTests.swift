import Testing
@testable import BriefCore

/// "state" and "states" are nouns in most news sentences: verbs of saying only before "that" or a
/// colon, or after a personal pronoun.
@Suite struct NounFirstVerbTests {
    @Test func aNounStateReportsNothing() {
        #expect(reportedStatements(in: "Two states hold their ferry votes next week.").isEmpty)
        #expect(reportedStatements(in: "Ivo Brandt, a former state senator, opened the harbour.").isEmpty)
        #expect(reportedStatements(in: "Most coastal states that will vote in May hold ferry levies.").isEmpty)
    }

    @Test func theNextVerbOfTheSentenceIsRead() {
        let r = reportedStatements(in: "Some state officials praised the new harbour plan.")
        #expect(r.map(\.text) == ["the new harbour plan"])
        #expect(r.map(\.speaker) == ["Some state officials"])
    }

    @Test func statesThatAndAPronounSubjectAreVerbs() {
        #expect(reportedStatements(in: "The harbour board states that the ferry will run on Sundays.").map(\.text) == ["the ferry will run on Sundays"])
        #expect(reportedStatements(in: "They state their aim is a cleaner harbour.").map(\.text) == ["their aim is a cleaner harbour"])
    }
}
