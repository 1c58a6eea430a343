import Testing
@testable import BriefCore

/// Two verb phrases of one subject joined by "and" or "but": each reports its own clause or object.
@Suite struct SecondVerbTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func criticizedButPraised() {
        let r = reported("Mayor Ivo Brandt criticized the budget but praised the new library.")
        #expect(r.map(\.text) == ["the budget", "the new library"])
        #expect(r.allSatisfy { $0.speaker == "Ivo Brandt" })
    }

    @Test func saidAndAddedThat() {
        let r = reported("Lena Varga said the road was unsafe and later added that the council must act.")
        #expect(r.map(\.text) == ["the road was unsafe", "the council must act"])
        #expect(r.allSatisfy { $0.speaker == "Lena Varga" })
    }

    @Test func aNounAfterAndIsNoSecondVerb() {
        let r = reported("Lena Varga said the plan drew praise and attacks on its cost.")
        #expect(r.map(\.text) == ["the plan drew praise and attacks on its cost"])
    }
}

/// `According to SOURCE, CLAUSE` with a source longer than a name.
@Suite struct AccordingToTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func aLongSourceBeforeTheComma() {
        let r = reported("According to early results of a survey conducted for the county board, most voters want the ferry back.")
        #expect(r.map(\.text) == ["most voters want the ferry back"])
        #expect(r.map(\.speaker) == ["early results of a survey conducted for the county board"])
    }
}

/// A second speaker inside a reported clause, and verbs of attitude whose speaker is another
/// statement's or doubtful.
@Suite struct SecondSpeakerTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func whileOtherMembersSaid() {
        let r = reported("Most council members said the plan was fair, while other members said it went too far.")
        #expect(r.map(\.text) == ["the plan was fair", "it went too far"])
        #expect(r.map(\.speaker) == ["Most council members", "other members"])
    }

    @Test func anAttitudeOfAPronounAfterSaidBelongsToTheOuterStatement() {
        let r = reported("Lena Varga said she thinks the ferry will return.")
        #expect(r.map(\.text) == ["she thinks the ferry will return"])
        #expect(r.map(\.speaker) == ["Lena Varga"])
    }

    @Test func aConditionIsNoStatement() {
        let r = reported("If Varga thinks the vote is lost, she should say so.")
        #expect(!r.contains { $0.speaker.hasPrefix("If") })
    }
}
