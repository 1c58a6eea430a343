import Testing
@testable import BriefCore

/// How far the speaker's phrase runs right of the name: an organisation after "of", a person after
/// "adviser to", an appositive holding a relative clause or an -ing modifier.
@Suite struct SpeakerExtentRightTests {
    private func phrases(_ paragraphs: [String]) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).quotes.filter { !$0.isScareQuote }.map(\.speakerPhrase)
    }

    @Test func anOrganisationAfterOfEndingTheSentence() {
        #expect(phrases(["“We will count every vote,” said Tomas Reil of the Ashford Tenants Union."]) == ["Tomas Reil of the Ashford Tenants Union"])
        #expect(phrases(["“It is a disaster,” said Tomas Reil of the new budget."]) == ["Tomas Reil"])
        #expect(phrases(["“We will count every vote,” said Tomas Reil of consulting firm Brightline."]) == ["Tomas Reil of consulting firm Brightline"])
    }

    @Test func aPersonAfterATitleHeadAndTo() {
        #expect(phrases(["“He will not run again,” said a longtime adviser to Governor Ilse Varga."]) == ["a longtime adviser to Governor Ilse Varga"])
    }

    @Test func anAppositiveWithARelativeClauseOrAnIngModifier() {
        #expect(phrases(["Nora Feld, a creative writing professor, said: “We read every page.”"]) == ["Nora Feld, a creative writing professor"])
        #expect(phrases(["Nora Feld, a former judge who argued with the mayor, said: “We read every page.”"])
                == ["Nora Feld, a former judge who argued with the mayor"])
    }

    @Test func headNounsBeforeAnAuxiliaryButNotAdverbs() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Ilse Varga ran in Ashford.", "“The count was rigged from the start,” the Varga campaign has argued.",
                                                     "Varga now says: “The count was rigged from the start.”"])
        #expect(a.quotes.map(\.speakerPhrase) == ["the Varga campaign", "Varga"])
    }
}
