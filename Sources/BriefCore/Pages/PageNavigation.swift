/// The navigation between the pages of a paginated list, as template fields: "Page 3 of 40", links
/// to the previous and next pages, and a row of numbered links (``PageWindow``), each relative to
/// the page it is drawn on. Templates draw it with `partials/pagination`.
enum PageNavigation {
    /// `{label, previous, next, pages: [{number, link, current, gap}]}` for page `number` of
    /// `pagination`, or false when the list fits on one page.
    static func fields(_ pagination: Pagination, page number: Int) -> TemplateValue {
        guard pagination.isPaged else { return .bool(false) }
        let here = pagination.route(ofPage: number)
        func link(_ target: Int) -> TemplateValue {
            pagination.pageNumbers.contains(target) ? .string(here.link(to: pagination.route(ofPage: target))) : .bool(false)
        }
        let slots: [TemplateValue] = PageWindow(current: number, count: pagination.pageCount).slots.map { slot in
            switch slot {
            case .page(let target):
                ["number": .int(target), "link": link(target), "current": .bool(target == number), "gap": .bool(false)]
            case .gap:
                ["gap": .bool(true), "current": .bool(false)]
            }
        }
        return [
            "label": .string("Page \(number) of \(pagination.pageCount)"),
            "previous": link(number - 1),
            "next": link(number + 1),
            "pages": .list(slots),
        ]
    }
}
