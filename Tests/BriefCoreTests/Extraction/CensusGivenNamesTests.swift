import Testing
@testable import BriefCore

@Suite struct CensusGivenNamesTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.quotes.map { a.speakerName(of: $0) }
    }

    @Test func censusGivenNamesCarryTheirGender() {
        #expect(!GivenNames.handFemale.contains("mildred") && GivenNames.female.contains("mildred"))
        #expect(!GivenNames.handMale.contains("wilbur") && GivenNames.male.contains("wilbur"))
    }

    @Test func englishWordsAndPlacesAreNotGivenNames() {
        for word in ["will", "may", "june", "hope", "georgia", "india", "brain"] { #expect(!GivenNames.all.contains(word)) }
    }

    @Test func aPersonWithACensusGivenNameGetsTheQuotation() {
        #expect(speakers(["Mildred Quorvin met Wilbur Stane at the depot on Monday.", "“The line reopens next week,” she said."])
            == ["Mildred Quorvin"])
    }

    @Test func aFactoryNamedAfterAPersonIsNoPerson() {
        let found = NameRecognizer.candidates(in: ParagraphText(number: 1, text: "Workers gathered at the Wilbur Factory on Monday."))
        #expect(!found.contains { $0.surface.contains("Wilbur") && $0.kind == .person })
    }
}
