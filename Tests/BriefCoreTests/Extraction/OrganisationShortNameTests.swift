import Testing
@testable import BriefCore

/// A company's one-word short name and its names with head words or a corporate suffix are one actor.
@Suite struct OrganisationShortNameTests {
    private func organisations(_ paragraphs: [String]) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).entities.filter { $0.kind == .organization }.map(\.name)
    }

    @Test func theShortNameIsTheLongNamesCompany() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Tesla Motors Inc. said its profit fell last quarter.", "Later, Tesla said it expects a decline this year."])
        #expect(a.entities.filter { $0.kind == .organization }.map(\.name) == ["Tesla Motors Inc."])
        #expect(a.reported.compactMap { $0.speakerEntity.map { a.entities[$0].name } } == ["Tesla Motors Inc.", "Tesla Motors Inc."])
    }

    @Test func aCorporateSuffixDoesNotMakeAnotherCompany() {
        #expect(organisations(["Velmar Electronics reported on Monday.", "Velmar Electronics Co. said profit fell."]) == ["Velmar Electronics Co."])
        #expect(OrganisationShortName.key("Velmar Electronics, Inc.") == "velmar electronics")
    }

    @Test func aProductNameIsNotTheCompany() {
        let names = OrganisationShortName.longNames(
            NameRecognizer.candidates(in: ParagraphText(number: 1, text: "Velmar Maps and Velmar University opened.")),
            paragraphs: [ParagraphText(number: 1, text: "Velmar Maps and Velmar University opened.")])
        #expect(names["velmar"] == ["velmar university"])
    }
}

/// A description ("the senator") binds to the one person stated in that office, however the title was abbreviated.
@Suite struct AbbreviatedTitleTests {
    @Test func theSenatorIsTheOnePersonGivenSen() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Sen. Ada Moss (R-Ohio) spoke on Tuesday in Columbus.",
                                                     "The senator said the plan was a failure from the start."])
        #expect(a.reported.compactMap { $0.speakerEntity.map { a.entities[$0].name } } == ["Ada Moss"])
        #expect(Titles.fullForm("gov.") == "governor")
    }

    @Test func twoSenatorsLeaveItUnresolved() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Sen. Ada Moss and Sen. Tim Marek spoke on Tuesday in Columbus.",
                                                     "The senator said the plan was a failure from the start."])
        #expect(a.reported.allSatisfy { $0.speakerEntity == nil })
    }
}

/// A person's own writing ("Foster’s book", "Ames's statement") speaks for them.
@Suite struct OwnWritingSpeakerTests {
    private func statementSpeakers(_ paragraphs: [String]) -> [String?] {
        let a = ArticleAnalyzer.analyze(paragraphs: paragraphs)
        return a.reported.map { $0.speakerEntity.map { a.entities[$0].name } }
    }

    @Test func aPossessivesBookSpeaksForItsAuthor() {
        #expect(statementSpeakers(["Cecil Varga wrote a book about the porters.",
                                   "Varga’s book argues that the porters changed the country for the better."]).last == "Cecil Varga")
        #expect(statementSpeakers(["Cecil Varga wrote a book about the porters.",
                                   "Most of the porters were Black men, according to Varga’s book."]).last == "Cecil Varga")
    }

    @Test func aPossessivesOtherThingsDoNotSpeak() {
        #expect(statementSpeakers(["Cecil Varga runs a bakery.", "Varga’s bakery says the bread is baked before dawn every day."]).last != "Cecil Varga")
    }
}
