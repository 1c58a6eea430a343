/// One page of a paginated list, ready to be drawn: its number and route, the items it shows, and
/// the navigation to the other pages of the list.
struct ListPage<Item> {
    /// The page's number, from 1.
    let number: Int
    /// How the whole list is paged.
    let pagination: Pagination
    /// The items this page shows, in the list's order.
    let items: ArraySlice<Item>

    /// Every page of `items` as `pagination` cuts them: at least one, even for an empty list.
    static func pages(of items: [Item], _ pagination: Pagination) -> [ListPage<Item>] {
        precondition(items.count == pagination.itemCount, "the pagination counts these items")
        return pagination.pageNumbers.map { ListPage(number: $0, pagination: pagination, items: items[pagination.items(onPage: $0)]) }
    }

    /// Where this page lives.
    var route: Route { pagination.route(ofPage: number) }

    /// The template fields of the navigation between the pages, or false for a list of one page.
    var navigation: TemplateValue { PageNavigation.fields(pagination, page: number) }

    /// `title`, with "page N of M" after it on every page but the first.
    func title(_ title: String) -> String {
        number == 1 ? title : "\(title), page \(number) of \(pagination.pageCount)"
    }

    /// The template fields every paginated page has: `pagination`, `pageNumber`, `pageCount`,
    /// `isFirstPage`, `firstPage` (the link to page 1) and `itemCount`.
    var fields: [String: TemplateValue] {
        [
            "pagination": navigation,
            "pageNumber": .int(number),
            "pageCount": .int(pagination.pageCount),
            "isFirstPage": .bool(number == 1),
            "firstPage": .string(route.link(to: pagination.base)),
            "itemCount": .int(pagination.itemCount),
        ]
    }
}

extension ListPage: Sendable where Item: Sendable {}
