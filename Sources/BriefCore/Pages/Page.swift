/// One page of the site, ready to render: where it goes, which template draws it, and its data.
public struct Page: Sendable, Hashable {
    public let route: Route
    /// The template's name in the theme, e.g. `article` for `Templates/article.mustache`.
    public let template: String
    /// The page title for `<title>` (the layout adds the site title).
    public let title: String
    /// The page's own data; the renderer adds `site`, `root` and the rendered `content`.
    public let context: TemplateValue

    /// Creates the value from its parts.
    public init(route: Route, template: String, title: String, context: TemplateValue) {
        self.route = route
        self.template = template
        self.title = title
        self.context = context
    }
}
