import Testing
@testable import BriefCore

/// Verbs of stance with a direct object in forms ``ReportedSpeechFinder/stanceVerbs`` leaves out: a
/// base form after a modal or a negation, a progressive after "is", and a subject before an adverb.
@Suite struct StanceBaseFormTests {
    @Test func aBaseFormAfterAModalOrANegation() {
        let r = reportedStatements(in: "Petra Lind would not support the harbour levy.")
        #expect(r.map(\.text) == ["the harbour levy"])
        #expect(r.map(\.speaker) == ["Petra Lind"])
        #expect(r.map(\.stance) == [true])
        #expect(reportedStatements(in: "The ferry union will oppose the new timetable.").map(\.text) == ["the new timetable"])
    }

    @Test func aBaseFormAsANounOrAPhrasalVerbIsNoStance() {
        #expect(reportedStatements(in: "The support for the levy grew over the winter months.").isEmpty)
        #expect(reportedStatements(in: "Ivo Brandt will not back down on the harbour budget.").isEmpty)
    }

    @Test func aPronounInsideAnotherStatementIsLeftToIt() {
        // Only the outer statement: the nested "she would support" belongs to it.
        let r = reportedStatements(in: "Lena Varga said she would support the ferry plan next year.")
        #expect(!r.contains { $0.text == "the ferry plan next year" && $0.speaker == "she" })
    }

    @Test func aProgressiveAfterBe() {
        let r = reportedStatements(in: "Mayor Ivo Brandt is backing Lena Varga in the harbour race.")
        #expect(r.map(\.text) == ["Lena Varga in the harbour race"])
        #expect(reportedStatements(in: "The fishermen who are backing Lena Varga met on Tuesday.").isEmpty)
    }

    @Test func anAdverbOfMannerBetweenSubjectAndVerb() {
        let r = reportedStatements(in: "The ferry union formally endorsed Lena Varga for mayor.")
        #expect(r.map(\.text) == ["Lena Varga for mayor"])
        #expect(r.map(\.speaker) == ["The ferry union"])
    }

    @Test func aPronounObjectBeforeACommaIsNoStatement() {
        #expect(reportedStatements(in: "The harbour master, who has endorsed him, spoke on Monday.").isEmpty)
    }
}

/// The limits of ``StanceBaseFormTests`` leave other verbs of stance in relative clauses alone.
@Suite struct StanceBaseFormLimitTests {
    @Test func aRelativeClauseWithAPrepositionalVerbStays() {
        let r = reportedStatements(in: "Ivo Brandt was one of three members who voted against the harbour levy.")
        #expect(r.map(\.text) == ["the harbour levy"])
    }
}
