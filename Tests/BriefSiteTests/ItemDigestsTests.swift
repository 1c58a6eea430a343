import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// A page's list of quotations, statements or events digests to the same value whether its items'
/// digests come from the build's table or are made afresh, and to another value when an item, its
/// place in the list, or what the list shows beside it changes.
@Suite struct ItemDigestsTests {
    func quotes() throws -> [ResolvedQuote] {
        let project = try TemporaryProject(files: IncrementalBuildTests.files)
        defer { project.remove() }
        let quotes = try ProjectLoader.load(projectRoot: project.root).briefing.quotes
        try #require(quotes.count >= 3)
        return quotes
    }

    func reuse() -> PageReuse {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-items-\(UUID().uuidString)")
        return PageReuse(cacheFolder: folder, output: folder.appendingPathComponent("site"), tool: "test", theme: .builtIn,
                         settings: SiteSettings(), site: nil)
    }

    func inputs(_ quotes: [ResolvedQuote], _ positions: [Int32], facts: @escaping @Sendable (ResolvedQuote) -> [String?]) -> PageInputs {
        PageInputs(id: "test", routes: [], values: [
            ListedItems(kind: .quotation, items: IndexedList(quotes, positions: positions), facts: facts),
        ])
    }

    @Test func aListDigestsAlikeFromTheTableAndAfresh() throws {
        let quotes = try quotes()
        let copy = quotes.map { $0 }  // other storage: not the table's array, digested in full
        let reuse = reuse()
        let facts: @Sendable (ResolvedQuote) -> [String?] = { [$0.article, nil] }
        let first = reuse.digest(inputs(quotes, [0, 2], facts: facts))
        #expect(first != nil)
        #expect(reuse.digest(inputs(quotes, [0, 2], facts: facts)) == first, "from the table")
        #expect(reuse.digest(inputs(copy, [0, 2], facts: facts)) == first, "afresh")
        #expect(self.reuse().digest(inputs(copy, [0, 2], facts: facts)) == first, "in another build")
    }

    @Test func anItemItsPlaceOrWhatIsShownBesideItChangesTheDigest() throws {
        let quotes = try quotes()
        let facts: @Sendable (ResolvedQuote) -> [String?] = { [$0.article] }
        let reuse = reuse()
        let digest = reuse.digest(inputs(quotes, [0, 1], facts: facts))
        #expect(reuse.digest(inputs(quotes, [1, 0], facts: facts)) != digest)
        #expect(reuse.digest(inputs(quotes, [0, 2], facts: facts)) != digest)
        #expect(reuse.digest(inputs(quotes, [0], facts: facts)) != digest)
        var edited = quotes
        let quote = quotes[1]
        edited[1] = ResolvedQuote(id: quote.id, article: quote.article, quote: quote.quote, speakerId: quote.speakerId,
                                  speaker: "Someone Else", mentions: quote.mentions)
        #expect(reuse.digest(inputs(edited, [0, 1], facts: facts)) != digest)
        #expect(self.reuse().digest(inputs(quotes, [0, 1], facts: { [$0.article, "another title"] })) != digest)
    }
}
