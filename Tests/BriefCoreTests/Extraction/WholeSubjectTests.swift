import Testing
@testable import BriefCore

/// The speaker of a verb of saying found by none of the narrower rules: the subject of an earlier verb
/// after "but", or the whole subject from the start of the sentence.
@Suite struct WholeSubjectTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func aLongSubjectBeforeTheVerb() {
        let r = reported("Residents of the streets near the old mill say the pumps failed twice.")
        #expect(r.map(\.text) == ["the pumps failed twice"])
        #expect(r.map(\.speaker) == ["Residents of the streets near the old mill"])
    }

    @Test func aSentenceAdverbAndATrailingAsideAreNotTheSpeaker() {
        #expect(reported("Even so, tenants of the old mill say the pumps failed twice.").map(\.speaker) == ["tenants of the old mill"])
        #expect(reported("Tenants of the old mill, however, say the pumps failed twice.").map(\.speaker) == ["Tenants of the old mill"])
    }

    @Test func theSubjectOfAnEarlierVerbAfterBut() {
        let r = reported("Lena Varga visited the site but said the cost was too high.")
        #expect(r.map(\.text).last == "the cost was too high")
        #expect(r.last?.speaker.contains("Varga") == true)
    }

    @Test func aClauseWithAnAuxiliaryIsNoSubject() {
        #expect(reported("Tenants of the old mill were quick to say the pumps failed twice.").isEmpty)
    }
}

/// Speakers after the clause that no narrower rule names: a plain phrase after "according to",
/// before "said" or after it.
@Suite struct PlainSpeakerPhraseTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func aPlainPhraseAfterAccordingTo() {
        let r = reported("Turnout rose sharply in the valley, according to early counts.")
        #expect(r.map(\.text) == ["Turnout rose sharply in the valley"])
        #expect(r.map(\.speaker) == ["early counts"])
    }

    @Test func aPlainPhraseBeforeSaid() {
        let r = reported("The depot will close in May, current and former drivers said.")
        #expect(r.map(\.text) == ["The depot will close in May"])
        #expect(r.map(\.speaker) == ["current and former drivers"])
    }

    @Test func anAdverbIsNoSpeaker() {
        #expect(reported("The depot will close in May, she said dryly.").map(\.speaker) != ["dryly"])
    }
}

/// A subject with its description before the verb ("The company, a maker of ads, said …") is no
/// statement set before an inverted speaker.
@Suite struct DescribedSubjectTests {
    private func reported(_ text: String) -> [(text: String, speaker: String)] {
        ArticleAnalyzer.analyze(paragraphs: [text]).reported.map { ($0.text, $0.speakerText) }
    }

    @Test func whatFollowsTheVerbIsNotItsSpeaker() {
        for text in ["The company, a maker of ads, said the ads worked.", "Officials, speaking anonymously, said the talks failed.",
                     "The firm, based in Ohio, said sales fell."] {
            #expect(!reported(text).contains { ["the ads worked", "the talks failed", "sales fell"].contains($0.speaker) })
        }
        #expect(reported("The company, a maker of ads, said the ads worked.").map(\.speaker) == ["The company, a maker of ads"])
    }

    @Test func aClauseBeforeAnInvertedSpeakerStillIsOne() {
        #expect(reported("The economy is improving, said the official, a Treasury aide.").map(\.text) == ["The economy is improving"])
    }
}
