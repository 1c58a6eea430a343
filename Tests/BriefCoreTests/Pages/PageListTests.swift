import Synchronization
import Testing
@testable import BriefCore

/// A page group's pages are made one by one as they are read, so a speaker with hundreds of pages
/// never has all their data in memory at once; joined lists keep their order.
@Suite struct PageListTests {
    static func page(_ number: Int) -> Page {
        Page(route: Route(folder: "p", "\(number)"), template: "list", title: "Page \(number)", context: [:])
    }

    @Test func aPageIsMadeOnlyWhenRead() {
        let made = Mutex(0)
        let list = PageList(count: 200) { number in
            made.withLock { $0 += 1 }
            return Self.page(number)
        }
        #expect(list.count == 200 && made.withLock { $0 } == 0)
        #expect(list[150].title == "Page 150")
        #expect(made.withLock { $0 } == 1)
    }

    @Test func joinedListsKeepTheirOrder() {
        let joined = PageList([Self.page(1), Self.page(2)]) + .empty + PageList(count: 3) { Self.page(10 + $0) }
        #expect(joined.map(\.title) == ["Page 1", "Page 2", "Page 10", "Page 11", "Page 12"])
    }

    @Test func aSpeakersPagesAreTheListItsGroupRenders() throws {
        let briefing = BriefingAssembler.assemble(settings: SiteSettings(), articles: QuoteCreditingTests.articles)
        let index = BriefingIndex(briefing)
        let speaker = try #require(SpeakerQuotesPage.speakers(index).first)
        let pages = SpeakerQuotesPage.pages(speaker, index: index)
        #expect(!pages.isEmpty)
        #expect(Array(pages) == Array(pages), "made again, each page is the same")
    }
}
