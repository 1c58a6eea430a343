import BriefCore
import BriefEvaluation
import Testing

/// `brief explain`'s answer on paragraphs written for these tests: which rule found each quotation and
/// statement, which chose its speaker, and how the speaker was bound to a person.
@Suite struct ArticleExplanationTests {
    private func facts(_ paragraphs: [String], only: Int? = nil) -> [ExplainedFact] {
        ArticleExplanation(paragraphs: paragraphs, date: CalendarDate(year: 2025, month: 3, day: 12), only: only).facts
    }

    @Test func aQuotationBeforeItsSpeakerAndVerb() throws {
        let found = facts(["“The bridge will open in spring,” Mayor Ilse Varga said on Monday."])
        let quote = try #require(found.first { $0.kind == .quotation })
        #expect(quote.found == .quoteMarks)
        #expect(quote.speakerRule == .speakerAfterQuote)
        #expect(quote.binding == .resolveName)
        #expect(quote.actor == "Ilse Varga")
        #expect(quote.words == "“The bridge will open in spring,”")
        let date = try #require(found.first { $0.kind == .date })
        #expect(date.words == "Monday")
        #expect(date.found == .dateExpression)
        #expect(found.contains { $0.kind == .actor && $0.words == "Ilse Varga" && $0.found == .actorName })
    }

    @Test func aPronounSpeakerIsBoundThroughThePronounResolver() throws {
        let found = facts(["Ilse Varga, the mayor, opened the bridge.", "“It took nine years,” she said."])
        let quote = try #require(found.first { $0.kind == .quotation })
        #expect(quote.paragraph == 2)
        #expect(quote.speakerRule == .speakerAfterQuote)
        #expect(quote.binding == .resolvePronoun)
        #expect(quote.speaker == "she")
        #expect(quote.actor == "Ilse Varga")
    }

    @Test func theSpeechVerbIsTheCueOfAnIntroducedQuotation() throws {
        let found = facts(["Tomas Reil, the harbour master, warned: “The channel is too shallow for these ships.”"])
        let quote = try #require(found.first { $0.kind == .quotation })
        #expect(quote.speakerRule == .speakerIntroduced)
        #expect(quote.cue == "warned")
        #expect(quote.actor == "Tomas Reil")
    }

    /// The second half after “…,” said X. continues the first; the quoted paragraph after it takes the
    /// voice that ends the paragraph before (the floating-quotation rule, not the assembler's chain).
    @Test func continuedAndFloatingQuotationsTakeTheVoiceBefore() throws {
        let found = facts([
            "“We start on Monday,” said Ilse Varga, the mayor. “The work will take a year.”",
            "“Nobody will lose a home because of it.”",
        ])
        let quotes = found.filter { $0.kind == .quotation }
        #expect(quotes.count == 3)
        #expect(quotes.map(\.speakerRule) == [.speakerAfterQuote, .speakerContinued, .speakerFloating])
        #expect(quotes.map(\.binding) == [.resolveName, .resolveName, .resolveName])
        #expect(quotes.allSatisfy { $0.actor == "Ilse Varga" })
    }

    @Test func aStatementWithoutQuotationMarksNamesItsRule() throws {
        let found = facts(["Tomas Reil said the channel would be dredged before the summer."])
        let statement = try #require(found.first { $0.kind == .statement })
        #expect(statement.found == .statementSpeakerVerb)
        #expect(statement.speakerRule == .statementSpeakerVerb)
        #expect(statement.binding == .resolveName)
        #expect(statement.actor == "Tomas Reil")
        let trailing = try #require(facts(["The channel would be dredged before the summer, Tomas Reil said."]).first { $0.kind == .statement })
        #expect(trailing.found == .statementClauseThenSpeaker)
    }

    @Test func aScareQuoteIsFoundButCreditedToNoOne() throws {
        let found = facts(["Residents packed the hall for the “town meeting” on the bridge."])
        let quote = try #require(found.first { $0.kind == .quotation })
        #expect(quote.found == .quoteScare)
        #expect(quote.speakerRule == nil)
        #expect(quote.lines().contains { $0.label == "speaker" && $0.value == "none" })
    }

    @Test func oneParagraphOnlyAndThePrintedForms() throws {
        let paragraphs = ["Ilse Varga opened the bridge on Monday.", "“It took nine years,” Varga said."]
        let second = facts(paragraphs, only: 2)
        #expect(!second.isEmpty)
        #expect(second.allSatisfy { $0.paragraph == 2 })
        let explanation = ArticleExplanation(paragraphs: paragraphs, only: 2)
        let text = explanation.text()
        #expect(text.contains("¶2 quotation: “It took nine years,”"))
        #expect(text.contains("speaker  speaker.after-quote: “Varga”"))
        #expect(text.contains("bound    resolve.name → Ilse Varga"))
        let json = explanation.json()
        #expect(json.hasPrefix("{\"facts\":[{\"kind\":\"quotation\",\"paragraph\":2,"))
        #expect(json.contains("\"speakerRule\":\"speaker.after-quote\""))
        #expect(ArticleExplanation(paragraphs: ["No one said anything here."]).text() == "Nothing was derived from this article.\n")
    }

    @Test func everyRuleHasADistinctIdAndASummary() {
        #expect(Set(RuleID.allCases.map(\.rawValue)).count == RuleID.allCases.count)
        #expect(RuleID.allCases.allSatisfy { !$0.summary.isEmpty && $0.rawValue.contains(".") })
    }
}
