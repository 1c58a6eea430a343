import Testing
@testable import BriefCore

/// Verbs of thinking, knowing and feeling with a clause or an object right after them: reported as
/// statements of stance.
@Suite struct AttitudeVerbTests {
    @Test func aClauseWithoutThatAfterThink() {
        let r = reportedStatements(in: "Councillor Mira Holt thinks the ferry will run again by spring.")
        #expect(r.map(\.text) == ["the ferry will run again by spring"])
        #expect(r.map(\.speaker) == ["Mira Holt"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func anObjectAfterFear() {
        let r = reportedStatements(in: "Shop owners fear a long closure of the bridge.")
        #expect(r.map(\.text) == ["a long closure of the bridge"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func doubtThatIsStance() {
        let r = reportedStatements(in: "Mira Holt doubts that the council will find the money.")
        #expect(r.map(\.text).first?.hasSuffix("the council will find the money") == true)
        #expect(r.map(\.stance) == [true])
    }

    @Test func aNounOrAnInfinitiveIsNoVerbOfAttitude() {
        #expect(reportedStatements(in: "Their fears the bridge would close came true.").isEmpty)
        #expect(reportedStatements(in: "Mira Holt wanted to know the date of the vote.").allSatisfy { !$0.text.hasPrefix("the date") })
    }
}

/// Indirect questions after a verb of asking: the asker is the speaker; a passive asks nothing.
@Suite struct QuestionVerbTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func askedWhether() {
        let r = reported("Councillor Mira Holt asked whether the ferry would run in winter.")
        #expect(r.map(\.text) == ["whether the ferry would run in winter"])
        #expect(r.map(\.speaker) == ["Mira Holt"])
    }

    @Test func aPassiveAsksNothing() {
        #expect(reported("Mira Holt was asked whether the ferry would run in winter.").isEmpty)
    }
}
