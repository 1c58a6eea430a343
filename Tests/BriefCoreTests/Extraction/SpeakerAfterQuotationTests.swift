import Testing
@testable import BriefCore

/// The speaker written between a quotation and its speech verb ("“…,” SPEAKER said"): affiliations,
/// titles joined by "and", two names, plural possessives and titles after a place, on sentences
/// written for these tests.
@Suite struct SpeakerAfterQuotationTests {
    /// The speaker phrase of every quotation of the paragraphs that is not a scare quote.
    private func phrases(_ paragraphs: [String]) -> [String?] {
        ArticleAnalyzer.analyze(paragraphs: paragraphs).quotes.filter { !$0.isScareQuote }.map(\.speakerPhrase)
    }

    @Test func aNameWithItsOrganisationBeforeTheVerb() {
        #expect(phrases(["“We will count every vote,” Tomas Reil of the Ashford Tenants Union said."]) == ["Tomas Reil of the Ashford Tenants Union"])
        #expect(phrases(["“We will count every vote,” Mr. Reil of the Tenants Union told reporters."]) == ["Mr. Reil of the Tenants Union"])
    }

    @Test func aTitleForLowerCaseWordsAndAName() {
        #expect(phrases(["“The vote was rushed,” a spokesman for council Democrats said."]) == ["a spokesman for council Democrats"])
    }

    @Test func twoTitlesJoinedByAnd() {
        #expect(phrases(["“The vote was rushed,” the Iowa senator and Republican presidential candidate said in a statement."])
                == ["the Iowa senator and Republican presidential candidate"])
    }

    @Test func twoNamesJoinedByAnd() {
        #expect(phrases(["“The count was late in every county,” Ilse Varga and Tomas Reil wrote."]) == ["Ilse Varga and Tomas Reil"])
    }

    @Test func aPluralPossessiveBeforeTheTitle() {
        #expect(phrases(["“We will appeal the ruling,” said Harris’ spokesman Tomas Reil."]) == ["Harris’ spokesman Tomas Reil"])
        #expect(phrases(["Harris’ spokesman Tomas Reil said: “We will appeal the ruling.”"]) == ["Harris’ spokesman Tomas Reil"])
    }

    @Test func aTitleAfterACityIsNotAPlace() {
        #expect(phrases(["“The budget is a disgrace,” Ashford City Public Advocate Ilse Varga said."]) == ["Ashford City Public Advocate Ilse Varga"])
    }

    @Test func aPossessiveOwnsTheTitleAfterIt() {
        #expect(phrases(["“That was outrageous,” Varga's former campaign strategist said in an interview."]) == ["Varga's former campaign strategist"])
    }

    @Test func capitalisedRoleWordsAfterANameLeadToThePerson() {
        let quotes = ArticleAnalyzer.analyze(paragraphs: ["“It was a fair deal,” said Ashford Steelworkers Political Director Tomas Reil."]).quotes
        #expect(quotes.map(\.speakerPhrase) == ["Ashford Steelworkers Political Director Tomas Reil"])
        #expect(quotes.map(\.speakerText) == ["Tomas Reil"])
    }

    @Test func aVerbAfterOtherWordsIsNoAffiliation() {
        // "of the new rules" names no organisation; the sentence's own verb attributes nothing.
        #expect(phrases(["“We will count every vote,” Tomas Reil of the new board argued at length."]).allSatisfy { $0 == nil || $0 == "Tomas Reil" })
    }
}
