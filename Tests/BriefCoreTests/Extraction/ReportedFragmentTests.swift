import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// A fragment quoted at the end of a reported clause ("Ames said the plan is “a disaster”") is written
/// as the reported statement it ends, with that statement's speaker, on sentences written for these tests.
@Suite struct ReportedFragmentTests {
    private func quotes(_ text: String) -> [(text: String, speaker: String?, direct: Bool)] {
        DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.map { ($0.span.text(in: text), $0.speaker, $0.direct) }
    }

    @Test func aFragmentEndingAReportedClauseTakesItsSpeaker() {
        let text = "Ashford Mayor Ilse Varga said the neighbour's finances are \"spiraling out of control.\""
        let found = quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Ashford Mayor Ilse Varga")
        #expect(found.first?.text == "the neighbour's finances are \"spiraling out of control.\"")
        #expect(found.first?.direct == false)
    }

    @Test func aFragmentInsideAClauseWithATrailingSpeakerIsThatClause() {
        // The clause runs on past the fragment to the attribution; it is one statement, not two.
        let found = quotes("Many mayors became more “conversant” about flooding and more willing to act, Lena Varga said.")
        #expect(found.count == 1)
        #expect(found.first?.text == "Many mayors became more “conversant” about flooding and more willing to act")
        #expect(found.first?.speaker == "Lena Varga")
        #expect(found.first?.direct == false)
    }

    @Test func aFragmentRightAfterItsVerbRunsToTheClauseEnd() {
        let found = quotes("Ilse Varga testified “hundreds” of permits had never been filed.")
        #expect(found.count == 1)
        #expect(found.first?.text == "“hundreds” of permits had never been filed")
        #expect(found.first?.speaker == "Ilse Varga")
    }

    @Test func aFragmentAfterOtherWordsKeepsNoSpeaker() {
        // A sentence with no reported clause before the fragment gives it no speaker.
        let found = quotes("The budget was, by every account, \"spiraling out of control\" by the spring.")
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
