import Testing
@testable import BriefCore

/// A relative word before the speaker stands for part of what was said: the statement starts there
/// ("which Ames said the city could not afford").
@Suite struct RelativeOpeningTests {
    @Test func whichBeforeTheSpeakerOpensTheStatement() {
        let r = reportedStatements(in: "The council dropped the bridge toll, which Mayor Ivo Brandt said the city could not afford.")
        #expect(r.map(\.text) == ["which Mayor Ivo Brandt said the city could not afford"])
    }

    @Test func aPrepositionBeforeTheRelativeWordLeavesItOut() {
        let r = reportedStatements(in: "She spoke at a meeting in which Lena Varga said the ferry would stop.")
        #expect(r.map(\.text) == ["the ferry would stop"])
    }
}
