import Testing
@testable import BriefCore

/// An acronym is the organisation whose full name the article gives, when its letters are that name's initials.
@Suite struct AcronymExpansionTests {
    @Test func anAcronymIsTheOrganisationNamedInFull() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["The family received a letter from the Regional Transit Authority on Friday.",
                                                     "RTA said the review would take months."])
        let organisations = a.entities.filter { $0.kind == .organization }
        #expect(organisations.map(\.name) == ["Regional Transit Authority"])
        #expect(a.reported.first.flatMap { $0.speakerEntity.map { a.entities[$0].name } } == "Regional Transit Authority")
    }

    @Test func anAcronymThatMatchesNoNameOrTwoStaysItself() {
        let none = ArticleAnalyzer.analyze(paragraphs: ["The Parliamentary Budget Officer spoke.", "NATO said the plan was sound."])
        #expect(none.entities.contains { $0.name == "NATO" })
        let two = ArticleAnalyzer.analyze(paragraphs: ["The Public Budget Office and the Provincial Business Office met.", "PBO said the plan was sound."])
        #expect(!two.entities.contains { $0.name == "Public Budget Office" && $0.aliases.contains("PBO") })
    }

    @Test func anAcronymIsANameWrittenAsAList() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["The family received a letter from Immigration, Refugees and Citizenship Canada.",
                                                     "IRCC said a decision had not been made."])
        #expect(a.reported.first.flatMap { $0.speakerEntity.map { a.entities[$0].name } } == "Immigration, Refugees and Citizenship Canada")
    }

    @Test func listedNamesAreReadByTheirInitials() {
        let names = AcronymExpansion.listedNames(in: [ParagraphText(number: 1, text: "A letter from Fisheries, Oceans and Coast Guard Canada came.")])
        #expect(names["FOCGC"] == ["Fisheries, Oceans and Coast Guard Canada"])
        #expect(names["OCGC"] == ["Oceans and Coast Guard Canada"])
        #expect(names["FCC"] == nil)
    }

    @Test func initialsAndAcronymLetters() {
        #expect(AcronymExpansion.initials(of: "Parliamentary Budget Officer") == "PBO")
        #expect(AcronymExpansion.initials(of: "Bank of Canada") == nil)
        #expect(AcronymExpansion.acronym("F.B.I.") == "FBI")
        #expect(AcronymExpansion.acronym("Nato") == nil)
    }
}
