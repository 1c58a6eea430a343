import Testing
@testable import BriefCore

/// Attributions whose content is a clause or an object after a verb other than one of saying: what a
/// piece of evidence shows, a judgement "as", a request "to", a feeling expressed, a progressive of
/// saying, a participle after the noun phrase opening the sentence, "made it clear" and "It said".
@Suite struct ClauseContentTests {
    @Test func aPollWithQualifiersShowsAClause() {
        let r = reportedStatements(in: "The latest county poll of likely voters released on Friday shows the ferry levy losing by ten points.")
        #expect(r.map(\.text) == ["the ferry levy losing by ten points"])
        #expect(r.map(\.speaker) == ["The latest county poll of likely voters released on Friday"])
    }

    @Test func recordsRevealedAClause() {
        let r = reportedStatements(in: "Yet court records reviewed by the paper revealed the harbour board had missed three payments.")
        #expect(r.map(\.text) == ["the harbour board had missed three payments"])
        #expect(r.map(\.speaker) == ["court records reviewed by the paper"])
    }

    @Test func aPassiveOrAnObjectIsNoEvidenceSubject() {
        #expect(reportedStatements(in: "The missing records were found in a locked drawer at the harbour office.").isEmpty)
        #expect(reportedStatements(in: "The harbour board issued a report and found a buyer for the old ferry.").isEmpty)
    }

    @Test func seesSomethingAsSomething() {
        let r = reportedStatements(in: "Councillor Mira Holt sees the levy as a test of the new mayor.")
        #expect(r.map(\.text) == ["the levy as a test of the new mayor"])
        #expect(r.map(\.speaker) == ["Mira Holt"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func seenAsOrAsWellAsIsNoJudgement() {
        #expect(reportedStatements(in: "The levy was seen as a test of the new mayor.").isEmpty)
        #expect(reportedStatements(in: "Harbour staff will see the boats as well as the sheds tomorrow.").isEmpty)
    }

    @Test func askedSomeoneTo() {
        let r = reportedStatements(in: "Councillor Mira Holt asked the harbour board to delay the vote until spring.")
        #expect(r.map(\.text) == ["the harbour board to delay the vote until spring"])
        #expect(r.map(\.speaker) == ["Mira Holt"])
        #expect(r.map(\.stance) == [false])
    }

    @Test func aPassiveOrAnAsideRequestsNothing() {
        #expect(reportedStatements(in: "Mira Holt was asked to delay the vote until spring.").isEmpty)
        #expect(reportedStatements(in: "When asked to delay the vote, the board refused.").isEmpty)
    }

    @Test func expressedAFeeling() {
        let r = reportedStatements(in: "Councillor Mira Holt expressed concern about the cost of the new ferry.")
        #expect(r.map(\.text) == ["concern about the cost of the new ferry"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func aProgressiveOfSaying() {
        let r = reportedStatements(in: "Councillor Mira Holt is now saying the ferry will run again in May.")
        #expect(r.map(\.text) == ["the ferry will run again in May"])
        #expect(r.map(\.speaker) == ["Mira Holt"])
        #expect(reportedStatements(in: "Mira Holt was saying goodbye to the crew.").isEmpty)
    }

    @Test func aParticipleAfterAnOpeningNounPhrase() {
        let r = reportedStatements(in: "The ferry company later sued, claiming the levy broke its contract.")
        #expect(r.map(\.text) == ["the levy broke its contract"])
        #expect(r.map(\.speaker) == ["The ferry company"])
    }

    @Test func aSurveyThatFoundAThing() {
        #expect(reportedStatements(in: "A survey by the college found the missing files.").isEmpty)
        let r = reportedStatements(in: "A survey by the college found most tenants paying too much.")
        #expect(r.map(\.text) == ["most tenants paying too much"])
    }

    @Test func madeItClear() {
        let r = reportedStatements(in: "Councillor Mira Holt made it clear that she would not vote for the levy.")
        #expect(r.map(\.text) == ["she would not vote for the levy"])
        #expect(r.map(\.speaker) == ["Mira Holt"])
        #expect(reportedStatements(in: "Mira Holt made it clear to the board.").isEmpty)
    }

    @Test func itSaidOpeningASentence() {
        let r = reportedStatements(in: "The harbour board published its audit on Friday. It said the ferry fund had been spent twice.")
        #expect(r.map(\.text) == ["the ferry fund had been spent twice"])
        #expect(r.map(\.speaker) == ["It"])
    }
}
