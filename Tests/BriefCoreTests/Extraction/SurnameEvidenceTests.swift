import Testing
@testable import BriefCore

/// Surnames that are also titles or common words, a bare title in an appositive, and an affiliation
/// between a name and its verb.
@Suite struct SurnameEvidenceTests {
    private func speakers(_ paragraphs: [String]) -> [String?] {
        let analysis = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return (analysis.quotes.map { analysis.speakerName(of: $0) }
            + analysis.reported.map { $0.speakerEntity.map { analysis.entities[$0].name } })
    }

    @Test func aTitleAloneIsTheSurnameOfAFullNameOfTheArticle() {
        #expect(speakers(["Robert Major was driving the truck.", "Major said he had taken the route ten times."]) == ["Robert Major"])
        // Without such a name it is no one.
        #expect(ArticleAnalyzer.analyze(paragraphs: ["Major said the plan would work."]).entities.isEmpty)
    }

    @Test func afterAnHonorificAnyCapitalisedWordIsASurname() {
        #expect(speakers(["Prime Minister Theresa May spoke.", "On Tuesday, Ms. May said a solution could be found."]) == ["Theresa May"])
    }

    @Test func aBareTitleAppositiveConfirmsAName() {
        let analysis = ArticleAnalyzer.analyze(paragraphs: ["Yerlan Kosbayev, Minister of Energy, said the plant would open."])
        #expect(analysis.entities.map(\.name) == ["Yerlan Kosbayev"])
        #expect(analysis.roles.map(\.title) == ["Minister"])
    }

    @Test func theVerbAfterAnAffiliationIsThePersons() {
        #expect(speakers(["“Prices will fall,” Yerlan Kosbayev of Kestrel Capital said."]) == ["Yerlan Kosbayev"])
    }
}
