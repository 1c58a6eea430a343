import Testing
@testable import BriefCore

/// `content/corrections.yml` applied to a derived briefing.
@Suite struct CorrectionsApplierTests {
    static let articles = [
        ActorPagesTests.article("talks", "2025-06-02", "Talks", [
            "Anna Duarte spoke in Geneva on Monday.",
            "“The border will stay open for all who need it,” a statement read.",
            "“We are ready for anything,” she said.",
        ]),
    ]
    static let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: articles)

    static func correction(_ quote: String, _ action: Correction.Action, article: String? = nil, note: String? = nil, line: Int = 1) -> Correction {
        Correction(quote: quote, article: article, action: action, note: note, file: "content/corrections.yml", line: line)
    }

    @Test func anUnattributedQuotationGetsItsSpeakerAndTheNote() throws {
        let before = try #require(Self.briefing.quotes.first { $0.text.contains("border") })
        #expect(before.speakerId == nil)
        let quotesBefore = Self.briefing.actors.first { $0.name == "Anna Duarte" }?.quotes ?? 0
        let (briefing, warnings) = CorrectionsApplier.apply(
            [Self.correction("border will STAY  open", .attribute(speaker: "Anna Duarte"), article: "talks", note: "Her office confirmed it.")],
            to: Self.briefing)
        #expect(warnings.isEmpty)
        let after = try #require(briefing.quotes.first { $0.text.contains("border") })
        #expect(after.speaker == "Anna Duarte" && after.speakerId != nil)
        #expect(after.editorNote == "Her office confirmed it.")
        #expect(after.corrected && !after.inferred)
        #expect(briefing.actors.first { $0.name == "Anna Duarte" }?.quotes == quotesBefore + 1)
        let page = QuoteEntry.fields(after, from: ActorRoutes.quotes, index: BriefingIndex(briefing))
        #expect(page["editorNote"]?.stringValue == "Her office confirmed it.")
    }

    @Test func aDroppedQuotationLeavesTheLists() {
        let (briefing, warnings) = CorrectionsApplier.apply([Self.correction("ready for anything", .drop)], to: Self.briefing)
        #expect(warnings.isEmpty)
        #expect(!briefing.quotes.contains { $0.text.contains("ready for anything") })
        #expect(briefing.quotes.count == Self.briefing.quotes.count - 1)
    }

    @Test func anEntryThatMatchesNothingOrNamesNoActorIsAWarningAtItsLineAndChangesNothing() {
        let (briefing, warnings) = CorrectionsApplier.apply([
            Self.correction("words that appear nowhere", .drop, line: 3),
            Self.correction("border", .attribute(speaker: "Nobody Known"), line: 7),
            Self.correction("border", .drop, article: "another-article", line: 11),
        ], to: Self.briefing)
        #expect(warnings.map(\.line) == [3, 7, 11])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == "content/corrections.yml" })
        #expect(briefing.quotes == Self.briefing.quotes)
    }
}
