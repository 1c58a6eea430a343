import Testing
@testable import BriefCore

/// Long lists cut into pages: how many pages, which items each shows, where each lives, and the
/// numbered navigation between them.
@Suite struct PaginationTests {
    static let base = Route(folder: "quotes", "by", "ada-brook")

    static func pagination(_ count: Int, size: Int = 10) -> Pagination {
        Pagination(itemCount: count, pageSize: size, base: base)
    }

    @Test(arguments: [(0, 1), (1, 1), (9, 1), (10, 1), (11, 2), (20, 2), (21, 3), (1_000, 100)])
    func pageCountRoundsUpAndIsNeverZero(count: Int, pages: Int) {
        #expect(Self.pagination(count).pageCount == pages)
        #expect(Self.pagination(count).isPaged == (pages > 1))
    }

    @Test func eachPageShowsItsSliceAndTheLastOneTheRest() {
        let pagination = Self.pagination(25)
        #expect(pagination.items(onPage: 1) == 0..<10)
        #expect(pagination.items(onPage: 2) == 10..<20)
        #expect(pagination.items(onPage: 3) == 20..<25)
        #expect(pagination.items(onPage: 4).isEmpty)
        #expect(Self.pagination(0).items(onPage: 1).isEmpty)
    }

    @Test func theFirstAndLastItemOfAPageAreOnIt() {
        let pagination = Self.pagination(25)
        #expect([0, 9, 10, 19, 20, 24].map(pagination.page(ofItem:)) == [1, 1, 2, 2, 3, 3])
        for page in pagination.pageNumbers {
            #expect(pagination.items(onPage: page).allSatisfy { pagination.page(ofItem: $0) == page })
        }
    }

    @Test func pageOneIsTheListsOwnRouteAndTheOthersLiveBelowIt() {
        let pagination = Self.pagination(25)
        #expect(pagination.route(ofPage: 1) == Self.base)
        #expect(pagination.route(ofPage: 2).outputPath == "quotes/by/ada-brook/page/2/index.html")
        #expect(pagination.route(ofItem: 24).outputPath == "quotes/by/ada-brook/page/3/index.html")
        #expect(pagination.route(ofPage: 3).link(to: pagination.route(ofPage: 1)) == "../../../../../quotes/by/ada-brook/index.html")
    }

    @Test func aShortListShowsEveryNumber() {
        #expect(PageWindow(current: 1, count: 1).slots == [.page(1)])
        #expect(PageWindow(current: 2, count: 5).slots == [.page(1), .page(2), .page(3), .page(4), .page(5)])
    }

    @Test func aLongListShowsTheEndsTheNeighboursAndGaps() {
        #expect(PageWindow(current: 1, count: 400).slots == [.page(1), .page(2), .page(3), .gap, .page(400)])
        #expect(PageWindow(current: 8, count: 400).slots == [.page(1), .gap, .page(6), .page(7), .page(8), .page(9), .page(10), .gap, .page(400)])
        #expect(PageWindow(current: 400, count: 400).slots == [.page(1), .gap, .page(398), .page(399), .page(400)])
    }

    @Test func aGapForASingleNumberShowsTheNumber() {
        #expect(PageWindow(current: 5, count: 9).slots == (1...9).map(PageWindow.Slot.page))
        #expect(PageWindow(current: 4, count: 10).slots == (1...6).map(PageWindow.Slot.page) + [.gap, .page(10)])
    }

    @Test func theNavigationLinksRelativeToThePageItIsOn() throws {
        let pagination = Self.pagination(95)
        let nav = PageNavigation.fields(pagination, page: 2)
        #expect(nav["label"]?.stringValue == "Page 2 of 10")
        #expect(nav["previous"]?.stringValue == "../../../../../quotes/by/ada-brook/index.html")
        #expect(nav["next"]?.stringValue == "../../../../../quotes/by/ada-brook/page/3/index.html")
        let pages = try #require(nav["pages"]?.listValue)
        let row: [TemplateValue] = pages.map { slot in slot["gap"] == .bool(true) ? .string("…") : slot["number"] ?? .bool(false) }
        #expect(row == [1, 2, 3, 4, "…", 10])
        #expect(pages.filter { $0["current"] == .bool(true) }.compactMap { $0["number"] } == [.int(2)])
    }

    @Test func theFirstPageHasNoPreviousTheLastNoNextAndOnePageNoNavigation() {
        let pagination = Self.pagination(25)
        #expect(PageNavigation.fields(pagination, page: 1)["previous"] == .bool(false))
        #expect(PageNavigation.fields(pagination, page: 1)["next"]?.stringValue == "../../../quotes/by/ada-brook/page/2/index.html")
        #expect(PageNavigation.fields(pagination, page: 3)["next"] == .bool(false))
        #expect(PageNavigation.fields(Self.pagination(10), page: 1) == .bool(false))
    }

    @Test func listPagesCoverEveryItemOnceInOrderAndNameTheirNumber() {
        let items = Array(0..<23)
        let pages = ListPage.pages(of: items, Self.pagination(items.count))
        #expect(pages.map(\.number) == [1, 2, 3])
        #expect(pages.flatMap(\.items) == items)
        #expect(pages.map { $0.title("Ada Brook") } == ["Ada Brook", "Ada Brook, page 2 of 3", "Ada Brook, page 3 of 3"])
        #expect(pages[2].fields["firstPage"]?.stringValue == "../../../../../quotes/by/ada-brook/index.html")
        #expect(ListPage.pages(of: [Int](), Self.pagination(0)).map(\.number) == [1])
    }
}
