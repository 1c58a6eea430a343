import Testing
@testable import BriefCore

/// Attributions of attitude rather than speech: an intention with a to-infinitive and the topic of a
/// talk. They are counted as statements of stance, kept off the site's statements.
@Suite struct ReportedAttitudeTests {
    private func reported(_ text: String) -> [(text: String, speaker: String, stance: Bool)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText, $0.isStance) }
    }

    @Test func anIntentionReportsItsInfinitive() {
        let r = reported("Mayor Ivo Brandt plans to reopen the harbour pool in June.")
        #expect(r.map(\.text) == ["to reopen the harbour pool in June"])
        #expect(r.map(\.stance) == [true])
    }

    @Test func aNounPlanIsNoIntention() {
        #expect(reported("The plans to reopen the harbour pool were shelved.").isEmpty)
    }

    @Test func theTopicOfATalkIsReported() {
        let r = reported("Mayor Ivo Brandt spoke about the flood defences of the valley.")
        #expect(r.map(\.text) == ["the flood defences of the valley"])
        #expect(r.map(\.stance) == [true])
    }
}
