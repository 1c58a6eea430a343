import Testing
@testable import BriefCore

/// A possessive pronoun before a noun of stance ("his remarks about …", "her support for …"): the
/// noun's content is reported, with the clause's subject as the speaker.
@Suite struct PossessiveStanceTests {
    @Test func theSubjectHoldsThePosition() {
        let r = reportedStatements(in: "The town met on Monday. Mayor Ivo Brandt repeated his support for the harbour levy.")
        #expect(r.map(\.text) == ["the harbour levy"])
        #expect(r.first?.speaker.contains("Brandt") == true)
    }

    @Test func oneModifierMayStandBeforeTheNoun() {
        let r = reportedStatements(in: "The town met on Monday. Councillor Petra Lind renewed her sharp attacks on the ferry company.")
        #expect(r.map(\.text) == ["the ferry company"])
    }

    @Test func aGroupsPossessiveIsLeftAlone() {
        #expect(reportedStatements(in: "The town met on Monday. The harbour board renewed its attacks on the ferry company.").isEmpty)
    }

    @Test func aNounWithoutItsPrepositionIsNoStatement() {
        #expect(reportedStatements(in: "The town met on Monday. Mayor Ivo Brandt thanked his supporters in the hall.").isEmpty)
    }
}
