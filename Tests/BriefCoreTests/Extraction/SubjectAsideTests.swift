import Testing
@testable import BriefCore

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
