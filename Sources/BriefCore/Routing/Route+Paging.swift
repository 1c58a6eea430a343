extension Route {
    /// The folder below a list's first page that holds its later pages: `quotes/by/ID/page/2/`.
    public static let pagesFolder = "page"

    /// Page `number` of the list whose first page is this route: the route itself for page 1,
    /// `page/N/` below it for the others.
    public func page(_ number: Int) -> Route {
        precondition(number >= 1 && !isFile, "pages are numbered from 1 and live in folders")
        return number == 1 ? self : Route(components: components + [Self.pagesFolder, String(number)], isFile: false)
    }
}
