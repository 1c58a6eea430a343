import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// Subjects set apart from their speech verb by a home town with an abbreviated state ("Jo Ames, of
/// Ames, Va., said") or by the adverb of a perfect ("has long said"), on sentences written for these tests.
@Suite struct SubjectAsideTests {
    private func record(_ text: String) -> [AnalysisRecord.Quote] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes
    }

    @Test func aHomeTownWithAnAbbreviatedState() {
        let text = "Lena Varga, of Ashford, Va., said she had waited for the bridge for years."
        #expect(reportedStatements(in: text).map(\.text) == ["she had waited for the bridge for years"])
        // The home town is part of the speaker as written.
        #expect(record(text).map(\.speaker) == ["Lena Varga, of Ashford, Va."])
    }

    @Test func theAdverbOfAPerfect() {
        #expect(reportedStatements(in: "Lena Varga has long said that the bridge is unsafe.").map(\.speaker) == ["Lena Varga"])
        #expect(reportedStatements(in: "She has since said that the bridge is unsafe.").map(\.text) == ["the bridge is unsafe"])
    }
}

/// Noun-phrase subjects with a demonstrative or a phrase after their head ("Those surveyed said",
/// "People briefed on the talks said"), on sentences written for these tests.
@Suite struct SubjectPhraseTests {
    @Test func aDemonstrativeWithAParticiple() {
        #expect(reportedStatements(in: "Those surveyed said the levy should stay.").map(\.speaker) == ["Those surveyed"])
        #expect(reportedStatements(in: "Those close to the campaign say she will run.").map(\.speaker) == ["Those close to the campaign"])
    }

    @Test func aParticipleWithAPhrase() {
        let r = reportedStatements(in: "People briefed on the talks said that the deal was close.")
        #expect(r.map(\.speaker) == ["People briefed on the talks"])
        #expect(r.map(\.text) == ["the deal was close"])
    }

    @Test func aDayAfterTheSubjectIsNoPartOfIt() {
        #expect(reportedStatements(in: "The mayor's allies on Monday said the deal was close.").map(\.speaker) == ["The mayor's allies"])
    }

    @Test func toOpensNoPhraseInsideASubjectExceptAfterClose() {
        // "trips to distant states": "states" is no verb of saying and "trips to" no subject.
        #expect(reportedStatements(in: "The campaign moves to bigger states and a faster pace.").isEmpty)
    }
}

/// The speaker phrase of a noun-phrase subject ends before the clause's verb, on sentences written
/// for these tests.
@Suite struct SubjectHeadTests {
    private func speakers(_ text: String) -> [String?] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map(\.speaker)
    }

    @Test func theVerbOfBelievingEndsTheSpeaker() {
        #expect(speakers("Many farmers believe the levy is unfair.") == ["Many farmers"])
    }

    @Test func aNounSpelledLikeAVerbBeforeSaidStaysInIt() {
        #expect(speakers("Other voices said the levy is unfair.") == ["Other voices"])
    }
}
