import Testing
@testable import BriefCore

/// Capitalised words that are not names: glued credits and offices, title-case headlines, shouted
/// lines, a bare organisation head.
@Suite struct NameShapeTests {
    private func names(_ text: String) -> [String] {
        NameRecognizer.candidates(in: ParagraphText(number: 1, text: text)).map(\.surface)
    }

    @Test func aNameStartsAtItsGivenName() {
        #expect(names("Getty Images Kevin Dorne at a state ceremony.") == ["Kevin Dorne"])
        #expect(names("Ottawa MP Michelle Dorne called him a chicken.").contains("Michelle Dorne"))
    }

    @Test func aParticleThatIsAlsoAGivenNameStartsNoName() {
        #expect(names("For Fouzia Al Hashish, 23, the time has come.").contains("Fouzia Al Hashish"))
    }

    @Test func anOrganisationNameMayHoldAnd() {
        #expect(names("Erin Kim of the Heart and Stroke Foundation spoke.").contains("Heart and Stroke Foundation"))
        #expect(!names("Leaders of the House and Senate met.").contains("House and Senate"))
        #expect(!names("Shares of Continental and Louis Dreyfus Corp rose.").contains("Continental and Louis Dreyfus Corp"))
    }

    @Test func aTitleCaseHeadlineIsNotOneName() {
        #expect(names("Christie Is Over Marco Rubio") == ["Christie", "Marco Rubio"])
    }

    @Test func shoutedLinesKeepOnlyNamesTheLexiconsKnow() {
        #expect(names("JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .") == ["JAPAN", "CHINA"])
        #expect(names("FIFA and the DIVISION met.") == ["FIFA"])
    }

    @Test func aBareOrganisationHeadIsNoName() {
        #expect(!names("The Government said the Division would close.").contains("Government"))
    }

    @Test func aListedPlaceOfSeveralWordsStaysWhole() {
        #expect(names("Voters in New Hampshire went to the polls.") == ["New Hampshire"])
        #expect(names("He spoke to the New York Times on Monday.") == ["New York Times"])
        #expect(!names("“I like him,” said one New Hampshire Democrat.").contains("New Hampshire"))
    }

    @Test func aCommonWordBeforeASurnameIsNotPartOfTheName() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Tomas Reil spoke at the rally.", "Her aide calls the plan absurd.", "Calls Reil Absurd"])
        // "Reil Absurd" is at most a tentative name, a person only if another article confirms it.
        #expect(a.entities.filter { $0.kind == .person && !$0.isTentative }.map(\.name) == ["Tomas Reil"])
    }
}

/// Names whose given name no list knows, found from the words around them.
@Suite struct PersonContextTests {
    private func people(_ paragraphs: [String]) -> [String] {
        // Names without evidence are tentative: no person unless another article confirms them.
        ArticleAnalyzer.analyze(paragraphs: paragraphs).entities.filter { $0.kind == .person && !$0.isTentative }.map(\.name)
    }

    @Test func anInitialAnAgeOrACountryInBracketsShowsAPerson() {
        #expect(people(["Q. Ardalan was out for 31."]) == ["Q. Ardalan"])
        #expect(people(["Oyelaran Tunde, 29, won the final."]) == ["Oyelaran Tunde"])
        #expect(people(["Oyelaran Tunde ( Nigeria ) beat the champion."]) == ["Oyelaran Tunde"])
    }

    @Test func aWordOfKinshipShowsAPersonAndTheGender() {
        #expect(people(["The family of Oyelaran Tunde and his wife Adaeze Okonkwo arrived."]) == ["Adaeze Okonkwo"])
        let analysis = ArticleAnalyzer.analyze(paragraphs: ["Her son Oyelaran Tunde stayed home.", "\u{201C}We waited,\u{201D} she said."])
        #expect(analysis.entities.first { $0.name == "Oyelaran Tunde" }?.gender == .male)
        // The son is no antecedent of "she".
        #expect(analysis.quotes.first.flatMap(analysis.speakerName(of:)) == nil)
    }

    @Test func aNameListedBesideAPersonIsAPerson() {
        #expect(people(["The leaders were John Baker, Oyelaran Tunde and Ardalan Qasemi."]) == ["John Baker", "Oyelaran Tunde", "Ardalan Qasemi"])
    }

    @Test func aNameWithoutEvidenceIsNotAPerson() {
        #expect(people(["Borussia Dortmund won the match."]).isEmpty)
    }
}

/// Organisations named with "of", towns before a state's abbreviation, an office's portfolio.
@Suite struct OrganisationShapeTests {
    private func names(_ text: String) -> [String] {
        NameRecognizer.candidates(in: ParagraphText(number: 1, text: text)).map { "\($0.surface):\($0.kind)" }
    }

    @Test func anOrganisationHeadJoinsTheWordsAfterOf() {
        #expect(names("Kent Moore at the University of Toronto says so.").contains("University of Toronto:organization"))
        #expect(names("The Department of Community Services said nothing.") == ["Department of Community Services:organization"])
    }

    @Test func aTownBeforeAStateAbbreviationIsAPlace() {
        #expect(names("He moved to Antigonish, N.S., last year.").contains("Antigonish:place"))
        #expect(names("She lives in Kissimmee, Fla., now.").contains("Kissimmee:place"))
    }

    @Test func aPortfolioIsNotANameButANameAfterItIs() {
        #expect(!names("Navdeep Bains, Minister of Innovation, said so.").contains { $0.hasPrefix("Innovation") })
        #expect(names("He met Secretary of State John Kerry.").contains("John Kerry:person"))
    }
}

/// Roles are stated in prose, not read from verbs or photo credits.
@Suite struct RoleSourceTests {
    private func roles(_ paragraphs: [String]) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).roles.map(\.text)
    }

    @Test func aTitleWordAfterToOrAModalIsAVerb() {
        #expect(roles(["The city is expected to host Tomas Reil next week."]).isEmpty)
    }

    @Test func aPhotoCreditIsNotPartOfTheRole() {
        // Outside a caption the agency before a title is still no part of it.
        #expect(RoleExtractor.isAfterCredit(3, in: ParagraphText(number: 1, text: "Marek / The Prime Minister spoke.")))
        // A paragraph with a credit is a caption: it states no role at all.
        #expect(roles(["Jon Marek / The Daily Press Prime Minister Tomas Reil speaks in Ottawa."]).isEmpty)
    }
}

/// Words in capitals that are not organisations.
@Suite struct CapitalisedWordTests {
    private func organisations(_ paragraphs: [String]) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).entities.filter { $0.kind == .organization }.map(\.name)
    }

    @Test func anEmphasisedWordTheArticleAlsoWritesInLowerCaseIsNoOrganisation() {
        #expect(organisations(["Text WORK to the number.", "The work goes on at the NRDC office."]) == ["NRDC"])
    }

    @Test func timeZonesAndRadioBandsAreNoOrganisations() {
        #expect(organisations(["The vote closed at 8 p.m. EDT on AM radio."]).isEmpty)
    }
}

/// A photo caption's roles are not the article's.
@Suite struct CaptionRoleTests {
    @Test func aCaptionStatesNoRole() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Kevin Dorne, the former envoy, is weighing a run.",
                                                     "Adrian Wyld / The Daily Press Sergeant-at-Arms Kevin Dorne walks through the hall in 2014."])
        #expect(a.roles.map(\.text) == ["the former envoy"])
    }
}

/// Adjectives made from names and headline words glued after a name are not names.
@Suite struct HeadlineNameTests {
    private func people(_ paragraphs: [String]) -> [String] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).entities.filter { $0.kind == .person && !$0.isTentative }.map(\.name)
    }

    @Test func aNameBeforeAHyphenAndALowerCaseWordIsAnAdjective() {
        #expect(people(["Ana Sorel offered a Reil-style retort on Monday."]) == ["Ana Sorel"])
        #expect(ArticleAnalyzer.analyze(paragraphs: ["The Kestrel-backed Velmar Party won."]).entities.map(\.name) == ["Velmar Party"])
    }

    @Test func aHeadlineNameIsCutToTheNameTheArticleWrites() {
        let found = people(["Senator Rand Osei Scores Direct Hit On Rivals", "Senator Rand Osei spoke on Monday."])
        #expect(found == ["Rand Osei"])
    }
}

/// Romanised given names with a hyphen stay names.
@Suite struct HyphenatedNameTests {
    @Test func romanisedNamesAreNotModifiers() {
        #expect(!ParagraphText.isHyphenatedModifier("Ki-choo"))
        #expect(!ParagraphText.isHyphenatedModifier("Xiao-ming"))
        #expect(!ParagraphText.isHyphenatedModifier("Silpa-archa"))
        #expect(ParagraphText.isHyphenatedModifier("Saudi-led"))
        #expect(ParagraphText.isHyphenatedModifier("Sanders-supporting"))
        #expect(ParagraphText.isHyphenatedModifier("Trump-style"))
    }
}

/// A headline's word before a surname the article uses alone is no given name.
@Suite struct HeadlineWordBeforeSurnameTests {
    @Test func anUnknownWordOpeningASentenceBeforeASurnameIsTentative() {
        let a = ArticleAnalyzer.analyze(paragraphs: ["Derelict Osei and Sorel; the campaign goes on.", "“The plan will fail,” Osei said."])
        #expect(a.entities.filter { $0.kind == .person && !$0.isTentative }.map(\.name) == ["Osei"])
        // Inside a sentence, the surname used alone still confirms the full name.
        let b = ArticleAnalyzer.analyze(paragraphs: ["On Monday the minister met Yerlan Osei.", "“The plan will fail,” Osei said."])
        #expect(b.entities.filter { $0.kind == .person && !$0.isTentative }.map(\.name) == ["Yerlan Osei"])
    }
}
