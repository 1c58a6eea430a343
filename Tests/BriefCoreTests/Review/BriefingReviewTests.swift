import Testing
@testable import BriefCore

/// What `brief check` asks an editor to look at, from a derived briefing.
@Suite struct BriefingReviewTests {
    static func review(_ articles: [Article], entries: [ActorEntry] = []) -> [ReviewFinding] {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: articles, entries: entries)
        let derivations = Dictionary(uniqueKeysWithValues: briefing.articles.map { ($0.slug, ArticleDerivation($0)) })
        return BriefingReview.findings(briefing, derivations: derivations)
    }

    static func undated(_ slug: String, _ paragraphs: [String]) -> Article {
        Article(slug: slug, sourcePath: "content/articles/\(slug).txt", format: .plainText, title: slug,
                metadata: ArticleMetadata(), byline: nil,
                paragraphs: paragraphs.enumerated().map { Paragraph(number: $0.offset + 1, text: $0.element) })
    }

    @Test func anUndatedArticleIsFlaggedWithItsUnplacedDatesCounted() throws {
        let findings = Self.review([Self.undated("talks", ["The talks resumed last Tuesday in Geneva."])])
        let finding = try #require(findings.first { $0.kind == .undatedArticle })
        #expect(finding.file == "content/articles/talks.txt")
        #expect(finding.message.contains("“last Tuesday”"))
        #expect(!findings.contains { $0.kind == .unplacedDate }, "an undated article's dates are counted in its one finding")
    }

    @Test func aDatedArticleIsNotFlaggedAsUndated() {
        let findings = Self.review([ActorPagesTests.article("talks", "2025-06-02", "Talks", ["The talks resumed on Tuesday in Geneva."])])
        #expect(!findings.contains { $0.kind == .undatedArticle })
    }

    @Test func anInferredAttributionNamesTheSpeakerAndThePronoun() throws {
        let findings = Self.review([ActorPagesTests.article("talks", "2025-06-02", "Talks", [
            "Foreign Minister Ines Duarte arrived in Geneva on Monday. “We are ready for anything,” she said.",
        ])])
        let finding = try #require(findings.first { $0.kind == .inferredAttribution })
        #expect(finding.message.contains("Ines Duarte") && finding.message.contains("“she”"))
        #expect(finding.paragraph == 1)
        #expect(finding.excerpt?.hasPrefix("We are ready") == true)
    }

    @Test func aShortNameTwoPeopleOfTheArticleShareIsTheArticlesToSettle() throws {
        let findings = Self.review([ActorPagesTests.article("talks", "2025-06-02", "Talks", [
            "Anna Smith and John Smith met in Geneva on Monday.", "“We will not move,” Smith said.",
        ])])
        let finding = try #require(findings.first { $0.kind == .ambiguousName })
        #expect(finding.message.contains("Anna Smith or John Smith"))
        #expect(finding.hint?.contains("write the full name") == true)
    }

    static let smiths = [
        ActorPagesTests.article("one", "2025-06-02", "One", ["Anna Smith spoke in Geneva on Monday."]),
        ActorPagesTests.article("two", "2025-06-03", "Two", ["John Smith spoke in Bern on Tuesday."]),
        ActorPagesTests.article("three", "2025-06-04", "Three", ["“We will not move,” Smith said on Wednesday."]),
    ]

    @Test func aShortNameTheBriefingLeavesOpenComesWithTheEntryThatSettlesIt() throws {
        let findings = Self.review(Self.smiths)
        let finding = try #require(findings.first { $0.kind == .ambiguousName }, "\(findings)")
        #expect(finding.file == "content/articles/three.txt")
        #expect(finding.hint?.contains("aliases: [Smith]") == true)
        let entry = ActorEntry(id: "anna-smith", name: "Anna Smith", aliases: ["Smith"], sourcePath: "content/actors/anna-smith.md")
        #expect(!Self.review(Self.smiths, entries: [entry]).contains { $0.kind == .ambiguousName }, "the entry the hint names settles it")
    }

    @Test func twoSpellingsOfOneNameAreFlaggedWithTheMergingEntry() throws {
        let findings = Self.review([
            ActorPagesTests.article("one", "2025-06-02", "One", ["Volodymyr Zelensky said the talks were useful."]),
            ActorPagesTests.article("two", "2025-06-03", "Two", ["Volodymyr Zelenskyy said the talks went well."]),
            ActorPagesTests.article("three", "2025-06-04", "Three", ["Volodymyr Zelenskyy met the press."]),
        ])
        let finding = try #require(findings.first { $0.kind == .lookAlikeActors })
        #expect(finding.file == "content/articles/one.txt", "reported where the less mentioned spelling is")
        #expect(finding.hint?.contains("content/actors/volodymyr-zelenskyy.md") == true)
        #expect(finding.hint?.contains("aliases: [Volodymyr Zelensky]") == true)
    }

    @Test func namesThatDifferByMoreThanASlipAreNotAlike() {
        #expect(LookAlikeReview.alike("Volodymyr Zelensky", "Volodymyr Zelenskiy"))
        #expect(!LookAlikeReview.alike("Anna Smith", "John Smith"), "a given name too short to be a slip")
        #expect(!LookAlikeReview.alike("Maria Zakharova", "Maria Zakharchenko"))
        #expect(!LookAlikeReview.alike("Emmanuel Macron", "Emmanuel Macron"))
    }

    @Test func theSentenceAroundAQuotationStopsAtTheSentencesBeside() {
        let text = "Anna Smith arrived. “We are ready,” the report said. John Smith left."
        let start = text.utf8.count - "“We are ready,” the report said. John Smith left.".utf8.count
        let quote = ByteSpan(start: start, end: start + "“We are ready,”".utf8.count)
        let sentence = SentenceBounds.around(quote, in: text)
        #expect(sentence.text(in: text) == "“We are ready,” the report said.")
    }
}

/// Actors that are likely no actors.
@Suite struct NonEntityReviewTests {
    static func person(_ name: String, kind: ActorKind = .person, quotes: Int = 0) -> Actor {
        Actor(id: Slug.make(name) ?? "x", name: name, kind: kind, roles: [], aliases: [], mentions: 1, quotes: quotes, articles: ["a"])
    }

    @Test func wordsThatNameNoOneAreFlagged() {
        #expect(NonEntityReview.reason(Self.person("Housekeeping")) != nil)
        #expect(NonEntityReview.reason(Self.person("Department")) != nil)
        #expect(NonEntityReview.reason(Self.person("Officials")) != nil)
        #expect(NonEntityReview.reason(Self.person("Marc TrÃ")) != nil, "mis-decoded text")
    }

    @Test func namesPlacesAndSpeakersAreNot() {
        #expect(NonEntityReview.reason(Self.person("Beijing")) == nil, "a place")
        #expect(NonEntityReview.reason(Self.person("Senate", kind: .organization)) == nil, "an organisation by its head word")
        #expect(NonEntityReview.reason(Self.person("Having", quotes: 2)) == nil, "someone quoted is someone")
        #expect(NonEntityReview.reason(Self.person("Emmanuel Macron")) == nil)
    }
}
