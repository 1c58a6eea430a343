import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// `CLAUSE, said NAME, DESCRIPTION.`: an inverted attribution whose speaker has an appositive after
/// it, on sentences written for these tests.
@Suite struct SaidNameAppositiveTests {
    @Test func theClauseBeforeSaidNameAndDescriptionIsReported() {
        let found = reportedStatements(in: "The bridge will be finished by spring, said Jo Ames, a planner who worked on it.")
        #expect(found.count == 1)
        #expect(found.first?.text == "The bridge will be finished by spring")
        #expect(found.first?.speaker == "Jo Ames")
    }

    @Test func theSpeakerPhraseKeepsItsDescription() {
        let text = "The bridge will be finished by spring, said Jo Ames, a planner who worked on it."
        let quote = DocumentAnalyzer.analyze(AnalysisInput(id: "t", date: nil, text: text)).quotes.first
        #expect(quote?.speaker == "Jo Ames, a planner who worked on it")
    }

    @Test func aParticipleOrAConjunctionAfterTheNameIsNoDescription() {
        #expect(reportedStatements(in: "The bridge will be finished by spring, said Jo Ames, adding that costs rose.").isEmpty)
        #expect(reportedStatements(in: "The bridge will be finished by spring, said Jo Ames, and the council agreed.").isEmpty)
    }

    @Test func aPronounAfterSaidIsNoInvertedSpeaker() {
        // "said his aide" is not this shape's; "said he" opens a clause.
        #expect(reportedStatements(in: "The bridge will be finished by spring, said he, a planner of long standing.").isEmpty)
    }

    @Test func aVerbAfterTheDescriptionMakesItAClause() {
        // "said the purchase, later rejected by regulators, was …": "the purchase" is no inverted speaker.
        let found = reportedStatements(in: "Lena Varga, who chairs the board, said the purchase, later rejected by regulators, was aimed at tightening her control.")
        #expect(found.map(\.speaker) == ["Lena Varga"])
        #expect(found.first?.text.hasPrefix("the purchase") == true)
    }
}
