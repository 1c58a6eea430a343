import Testing
@testable import BriefCore

@Suite struct PronounResolverTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.quotes.map { a.speakerName(of: $0) }
    }

    @Test func prefersTheSubjectOfThePreviousSentence() {
        #expect(speakers(["Ahead of the vote, Ilse Varga told a radio station that Tomas Reil was wrong. “We will win,” she said."]) == ["Ilse Varga"])
    }

    @Test func genderMustAgree() {
        #expect(speakers(["Mrs. Varga met Mr. Reil.", "“It went well,” he said."]) == ["Reil"])
    }

    @Test func namesInsideQuotationsAreNotAntecedents() {
        #expect(speakers(["Ilse Varga spoke first.", "“Ask Tomas Reil,” she said. “Then ask me,” she added."]) == ["Ilse Varga", "Ilse Varga"])
    }

    @Test func theyIsNotResolved() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Ilse Varga and Tomas Reil met.", "“We agree,” they said."])
        #expect(a.quotes[0].speakerEntity == nil)
        #expect(a.quotes[0].speakerText == "they")
    }
}
