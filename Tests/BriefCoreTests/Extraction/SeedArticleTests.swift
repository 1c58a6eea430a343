import Foundation
import Testing
@testable import BriefCore

/// The seed article of the repository (content/articles), analysed end to end.
@Suite struct SeedArticleTests {
    static let article: Article = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("content/articles/europe-ready-to-pledge-security-guarantees.txt").path
        let body = try! String(contentsOfFile: path, encoding: .utf8)
        let parsed = try! PlainTextArticle.parse(body, file: path)
        return Article(slug: "seed", sourcePath: path, format: .plainText, title: parsed.headline, metadata: ArticleMetadata(),
                       byline: parsed.byline, paragraphs: parsed.paragraphs.enumerated().map { Paragraph(number: $0.offset + 1, text: $0.element) })
    }()

    static let analysis = ArticleAnalyzer.analyze(article)

    private func quote(_ prefix: String) -> Quotation? {
        Self.analysis.quotes.first { $0.text.hasPrefix(prefix) }
    }

    private func speaker(_ prefix: String) -> String? {
        quote(prefix).flatMap { Self.analysis.speakerName(of: $0) }
    }

    private func roles(of name: String) -> [StatedRole] {
        guard let e = Self.analysis.entities.firstIndex(where: { $0.name == name }) else { return [] }
        return Self.analysis.entities[e].roles.map { Self.analysis.roles[$0] }
    }

    @Test func macronIsQuotedThroughTheMedium() {
        let q = quote("We are ready, we the Europeans")
        #expect(q?.paragraph == 2)
        #expect(speaker("We are ready") == "Emmanuel Macron")
        #expect(q?.attribution == .explicit)
        #expect(q?.partial == false)
        #expect(roles(of: "Emmanuel Macron").map(\.text).contains("French President"))
        #expect(roles(of: "Emmanuel Macron").first?.affiliation == "France")
        #expect(!Self.analysis.entities.contains { $0.name.hasPrefix("Caliber") })
    }

    @Test func backstopIsAScareQuote() {
        let q = quote("backstop")
        #expect(q?.isScareQuote == true)
        #expect(q?.speakerText == nil)
    }

    @Test func zakharovaPartialQuotes() {
        #expect(speaker("absolutely unacceptable") == "Maria Zakharova")
        #expect(speaker("in any format") == "Maria Zakharova")
        #expect(quote("absolutely unacceptable")?.partial == true)
        #expect(roles(of: "Maria Zakharova").first?.text == "Foreign Ministry spokeswoman")
        #expect(Self.analysis.mentions.contains { $0.surface == "Russia" && $0.kind == .place && $0.acts && $0.paragraph == 4 })
    }

    @Test func zelenskyyPronounQuotesAreInferred() {
        #expect(speaker("Unfortunately") == "Volodymyr Zelenskyy")
        #expect(quote("Unfortunately")?.attribution == .inferred)
        #expect(speaker("We need an alliance") == "Volodymyr Zelenskyy")
        #expect(quote("We need an alliance")?.attribution == .inferred)
        #expect(speaker("might not be enough") == "Volodymyr Zelenskyy")
        #expect(quote("might not be enough")?.attribution == .explicit)
        #expect(roles(of: "Volodymyr Zelenskyy").first?.text == "Ukrainian President")
    }

    @Test func putinXiAndKim() {
        #expect(speaker("on all fronts") == "Vladimir Putin")
        #expect(roles(of: "Xi Jinping").first?.title == "leader")
        #expect(roles(of: "Xi Jinping").first?.affiliation == "China")
        #expect(roles(of: "Kim Jong Un").first?.affiliation == "North Korea")
    }

    @Test func paragraphNine() {
        #expect(speaker("perhaps the most severe war criminal") == "Friedrich Merz")
        #expect(roles(of: "Friedrich Merz").first?.text == "German Chancellor")
        #expect(speaker("an ogre at our gates") == "Emmanuel Macron")
        #expect(speaker("a well-known Russian strategy") == "Sebastien Lecornu")
        #expect(roles(of: "Sebastien Lecornu").first?.text == "French Defence Minister")
        let putin = Self.analysis.entities.firstIndex { $0.name == "Vladimir Putin" }
        #expect(quote("perhaps the most severe")?.mentions.contains { Self.analysis.mentions[$0].entity == putin } == true)
    }

    @Test func surnamesBindAndTheAuthorIsNoActor() {
        let people = Set(Self.analysis.entities.filter { $0.kind == .person }.map(\.name))
        #expect(people == ["Emmanuel Macron", "Volodymyr Zelenskyy", "Maria Zakharova", "Vladimir Putin", "Xi Jinping",
                           "Kim Jong Un", "Donald Trump", "Friedrich Merz", "Sebastien Lecornu"])
        #expect(Self.analysis.author == "Aghakazim Guliyev")
        #expect(roles(of: "Donald Trump").first?.affiliation == "United States")
        #expect(Self.analysis.ambiguities.isEmpty)
    }

    @Test func reportedSpeech() {
        let officials = Self.analysis.reported.first { $0.paragraph == 3 }
        #expect(officials?.speakerText == "Officials")
        #expect(officials?.speakerEntity == nil)
        #expect(officials?.text.hasPrefix("details remain confidential") == true)
        let macron = Self.analysis.reported.first { $0.paragraph == 1 }
        #expect(macron.flatMap { $0.speakerEntity.map { Self.analysis.entities[$0].name } } == "Emmanuel Macron")
        #expect(macron?.text.hasPrefix("Europe is prepared to provide Ukraine") == true)
    }

    @Test func corpusResolutionOfTheSeed() {
        let r = ActorResolver.resolve([ActorResolver.Input(slug: "seed", analysis: Self.analysis)])
        #expect(r.actor(id: "volodymyr-zelenskyy")?.quotes == 3)
        #expect(r.actor(id: "emmanuel-macron")?.aliases == ["Macron"])
        #expect(r.actor(id: "russia")?.kind == .place)
        #expect(r.quotes.count == 10)
        #expect(r.quotes.allSatisfy { $0.speakerId != nil })
    }
}
