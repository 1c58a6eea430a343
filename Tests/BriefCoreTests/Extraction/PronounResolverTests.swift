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

    @Test func theSpeakerKeepsTheFloorOverANearerObject() {
        #expect(speakers(["Tomas Reil said the mill, run by his friend Ilse Varga's brother, Jon Marek, gave the town work.",
                          "“They brought a lot of jobs,” he said."]) == ["Tomas Reil"])
    }

    @Test func aNearerPersonWhoIsNotTheSubjectCompetes() {
        // Reil acts and never speaks; Marek, named nearer, is neither subject nor speaker: no one is credited.
        #expect(speakers(["Tomas Reil has a long career.", "The mill was sold to the family of Jon Marek last year.",
                          "“It was a hard time,” he said."]) == [nil])
    }

    @Test func aSubjectWhoDoesNotSpeakCompetesWithTheLastSpeaker() {
        #expect(speakers(["“We will appeal,” said Tomas Reil.", "Down the street, Jon Marek cheered with a crowd.",
                          "“No deal is the only deal,” he said."]) == ["Tomas Reil", nil])
    }

    @Test func photoCreditsAreNotAntecedents() {
        #expect(speakers(["Ilse Varga spoke at the plant on Monday.", "Jon Marek / The Daily Post",
                          "“It is a good day,” she said."]) == ["Ilse Varga"])
        #expect(speakers(["Tomas Reil spoke at the plant on Monday. (Jon Marek/The Daily Post)",
                          "“It is a good day,” he said."]) == ["Tomas Reil"])
    }
}
