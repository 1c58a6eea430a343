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

/// A name beside its description before a verb of saying is the speaker, never the statement.
@Suite struct AppositiveSubjectTests {
    private func statements(_ text: String) -> [(String, String?)] {
        let a = ArticleAnalyzer.analyze(paragraphs: [text])
        return a.reported.map { ($0.text, $0.speakerEntity.map { a.entities[$0].name }) }
    }

    @Test func aDescriptionThenANameSpeaks() {
        let found = statements("His father, Ernie Tullo, says his son was ill for years.")
        #expect(found.map(\.0) == ["his son was ill for years"])
        #expect(found.map(\.1) == ["Ernie Tullo"])
    }

    @Test func aNameThenABareTitleSpeaks() {
        let found = statements("Yerlan Kosbayev, Minister of Energy, Mines and Trade, said in an interview that the plant would open.")
        #expect(found.map(\.1) == ["Yerlan Kosbayev"])
    }
}

/// The person named before an organisation of theirs speaks, not the organisation.
@Suite struct AffiliationSpeakerTests {
    private func speakers(_ text: String) -> [String?] {
        let a = ArticleAnalyzer.analyze(paragraphs: [text])
        return a.reported.map { $0.speakerEntity.map { a.entities[$0].name } }
    }

    @Test func aPersonAtOrWithAnOrganisation() {
        #expect(speakers("Professor Ana Sorel at the University of Kestravo says the waves are changing.") == ["Ana Sorel"])
        #expect(speakers("Tomas Reil with the Velmar Health Authority says the wards are full.") == ["Tomas Reil"])
    }

    @Test func anOrganisationAloneStillSpeaks() {
        #expect(speakers("The Velmar Beverage Association said in a statement that juice is healthy.") == ["Velmar Beverage Association"])
    }
}
