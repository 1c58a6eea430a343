import Testing
@testable import BriefCore

/// Verbs of communication and stance whose content is the noun phrase after a preposition
/// ("spoke of her faith", "lashed out at the council"): reported as statements of stance.
@Suite struct PrepositionalStanceTests {
    @Test func spokeOfReportsItsObject() {
        let r = reportedStatements(in: "Mayor Ivo Brandt spoke of the long winter that closed the harbour.")
        #expect(r.map(\.text) == ["the long winter that closed the harbour"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func anAdverbMayStandBeforeThePreposition() {
        let r = reportedStatements(in: "Councillor Petra Lind spoke warmly of the new library.")
        #expect(r.map(\.text) == ["the new library"])
    }

    @Test func aParticleBeforeThePreposition() {
        let r = reportedStatements(in: "Lena Varga lashed out at the transport board over the delays.")
        #expect(r.map(\.text) == ["the transport board over the delays"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func commentedOnAndAgreedWith() {
        #expect(reportedStatements(in: "Ivo Brandt commented on the harbour budget.").map(\.text) == ["the harbour budget"])
        #expect(reportedStatements(in: "Petra Lind agreed with the harbour master.").map(\.text) == ["the harbour master"])
    }

    @Test func aFixedNounBeforeThePreposition() {
        #expect(reportedStatements(in: "Lena Varga took issue with the ferry timetable.").map(\.text) == ["the ferry timetable"])
    }

    @Test func aNounAfterADeterminerIsNoVerb() {
        #expect(reportedStatements(in: "The talk about the ferry ran late.").isEmpty)
        #expect(reportedStatements(in: "His vote against the levy surprised the council.").isEmpty)
    }

    @Test func weighWithoutInIsNoComment() {
        #expect(reportedStatements(in: "The debt weighed on the harbour board for years.").isEmpty)
    }
}

/// Forms of the verbs of ``ReportedSpeechFinder/prepositionalStance`` that are no statement: a
/// participle after an object, a question, a noun after a possessive, a comparison.
@Suite struct PrepositionalStanceLimitsTests {
    private func reported(_ text: String) -> [String] {
        reportedStatements(in: text).map(\.text)
    }

    @Test func aParticipleAfterAnObjectIsNoStatement() {
        #expect(reported("A short film shows Ivo Brandt talking about the harbour.").isEmpty)
    }

    @Test func aQuestionIsNoStatement() {
        #expect(reported("Did they talk about the harbour levy at all?").isEmpty)
    }

    @Test func aPluralNounAfterAPossessiveIsNoVerb() {
        #expect(reported("Her rather blunt comments on the levy drew a crowd.").isEmpty)
    }

    @Test func aProgressiveReportsItsObject() {
        #expect(reported("Mayor Ivo Brandt was talking about the harbour levy.") == ["the harbour levy"])
    }
}
