import Testing
@testable import BriefCore

/// A phrase of the time, place or occasion after a verb of saying or its addressee is not what was
/// said ("said during the debate", "told reporters outside the hall").
@Suite struct CircumstanceOpenerTests {
    @Test func anOccasionAfterTheVerbIsNoClause() {
        #expect(reportedStatements(in: "“We will win,” Lena Varga said during the harbour debate.").isEmpty)
        #expect(reportedStatements(in: "“The toll stays,” Petra Lind said as she left the town hall.").isEmpty)
        #expect(reportedStatements(in: "“The toll stays,” Petra Lind said when asked about the bridge.").isEmpty)
    }

    @Test func aPlaceAfterTheAddresseeIsNoClause() {
        #expect(reportedStatements(in: "“We are ready,” Ivo Brandt told reporters in the harbour town.").isEmpty)
    }

    @Test func thatAfterTheCircumstanceOpensTheClause() {
        let r = reportedStatements(in: "Ivo Brandt told reporters outside the town hall that the ferry would run.")
        #expect(r.map(\.text) == ["the ferry would run"])
    }

    @Test func whenWithASubjectMayOpenAClause() {
        let r = reportedStatements(in: "Petra Lind said when the bridge opens, the fares will fall.")
        #expect(r.map(\.text) == ["when the bridge opens, the fares will fall"])
    }
}
