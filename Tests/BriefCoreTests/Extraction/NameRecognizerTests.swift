import Testing
@testable import BriefCore

@Suite struct NameRecognizerTests {
    private func names(_ text: String) -> [(String, ActorKind)] {
        NameRecognizer.candidates(in: ParagraphText(number: 1, text: text)).map { ($0.surface, $0.kind) }
    }

    @Test func stripsTitlesAndDemonymsBeforeNames() {
        let found = names("Brazilian President Ana Sorel met Gen. Tomas Vindel.")
        #expect(found.map(\.0) == ["Ana Sorel", "Tomas Vindel"])
        #expect(found.allSatisfy { $0.1 == .person })
    }

    @Test func familyNameFirstNamesAreWhole() {
        #expect(names("He met Chinese leader Xi Jinping and Kim Jong Un.").map(\.0) == ["Xi Jinping", "Kim Jong Un"])
    }

    @Test func organisationsAndPlaces() {
        let found = names("The Interior Ministry and NATO said Poland and the European Union agreed.")
        #expect(found.map(\.0) == ["Interior Ministry", "NATO", "Poland", "European Union"])
        #expect(found.map(\.1) == [.organization, .organization, .place, .organization])
    }

    @Test func aMonthAfterAGivenNameIsAFamilyName() {
        #expect(names("Prime Minister Theresa May spoke.").map(\.0) == ["Theresa May"])
        #expect(names("Brian May spoke on Tuesday.").map(\.0) == ["Brian May"])
        // A day's number after it makes it a date.
        #expect(names("Brian May 5 was the date.").map(\.0) != ["Brian May"])
    }

    @Test func aNameTypesetWithNoBreakSpacesReadsWithPlainSpaces() {
        #expect(names("Senator Olga\u{A0}Brenn spoke, and Ana  Sorel listened.").map(\.0) == ["Olga Brenn", "Ana Sorel"])
    }

    @Test func possessiveIsLeftOutOfTheSpan() {
        #expect(names("It was Olga Brenn’s plan.").map(\.0) == ["Olga Brenn"])
    }

    @Test func sentenceInitialWordsAndGroupsAreNotNames() {
        #expect(names("Officials say the plan failed. Meanwhile critics left.").isEmpty)
    }

    @Test func statesActWhenAVerbFollows() {
        let candidates = NameRecognizer.candidates(in: ParagraphText(number: 1, text: "Norway rejected the deal in Norway’s capital."))
        #expect(candidates.map(\.acts) == [true, false])
    }

    @Test func contractionsOfCommonWordsAreNoNames() {
        #expect(NameRecognizer.isContraction("we’re"))
        #expect(NameRecognizer.isContraction("it's"))
        #expect(!NameRecognizer.isContraction("o’leary"))
        #expect(!NameRecognizer.isContraction("obi’s"))
        #expect(!NameRecognizer.isContraction("ruiz"))
    }
}

/// Occupations are titles in lower case only; company suffixes and exchanges make organisations.
@Suite struct OccupationAndCompanyNameTests {
    private func names(_ text: String) -> [(String, ActorKind)] {
        NameRecognizer.candidates(in: ParagraphText(number: 1, text: text)).map { ($0.surface, $0.kind) }
    }

    @Test func anOccupationInLowerCaseIsATitle() {
        #expect(names("He met singer Joni Varela on Monday.").map(\.0) == ["Joni Varela"])
    }

    @Test func aCapitalisedOccupationInsideASentenceIsPartOfAName() {
        #expect(!names("He won the Singer World Series on Monday.").contains { $0.0 == "World Series" && $0.1 == .person })
    }

    @Test func companySuffixesAndExchangesAreOrganisations() {
        #expect(names("Shares of Velmar AG rose.").contains { $0.0 == "Velmar AG" && $0.1 == .organization })
        #expect(names("The Kestravo Stock Exchange said volume fell.").first?.1 == .organization)
    }

    @Test func headWordsInARowAreOneName() {
        #expect(names("Velmar Electronics Co. said profit fell.").map(\.0) == ["Velmar Electronics Co."])
    }

    @Test func capitalisedWordsBeforeACountryNameAnOrganisation() {
        #expect(names("In a release, Rally Canada said the survey was flawed.").contains { $0.0 == "Rally Canada" && $0.1 == .organization })
        #expect(names("Snow fell across Western Canada on Monday.").allSatisfy { $0.1 != .organization })
        #expect(names("Statistics Canada said jobs grew.").first?.1 == .organization)
    }
}
