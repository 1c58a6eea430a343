import Testing
@testable import BriefCore

/// A poll's share of respondents and the view it reports ("Forty-one percent would choose Ames"),
/// on sentences written for these tests.
@Suite struct PollShareTests {
    @Test func aShareThatWouldVoteFor() {
        let r = reportedStatements(in: "Among county voters, 56 percent would vote for Lena Varga for mayor.")
        #expect(r.map(\.text) == ["Lena Varga for mayor"])
        #expect(r.map(\.speaker) == ["56 percent"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func aShareOfAGroupWithItsQualifier() {
        let r = reportedStatements(in: "Fewer than 15 percent of farmers approve of the new levy.")
        #expect(r.map(\.text) == ["the new levy"])
        #expect(r.map(\.speaker) == ["Fewer than 15 percent of farmers"])
    }

    @Test func aNumberWrittenAsAWord() {
        let r = reportedStatements(in: "Forty-one percent consider the bridge too costly.")
        #expect(r.map(\.text) == ["the bridge too costly"])
    }

    @Test func aShareThatIsAnObjectIsNoSpeaker() {
        // "enjoys 48 percent support": the share is what someone has, not who holds a view.
        #expect(reportedStatements(in: "The mayor enjoys 48 percent support in the county.").isEmpty)
        #expect(reportedStatements(in: "Just 18 percent of voters have a favorable view of the plan.").isEmpty)
    }
}
