/// Absolute addresses for feeds and the sitemap, from the `baseURL` setting. Without one, links fall
/// back to site-relative paths (readers resolve them against the feed's own address) and ids to URNs.
public struct SiteURL: Sendable, Hashable {
    /// The base URL ending in `/`, or nil when `brief.yml` has none.
    public let base: String?

    /// Creates the value from its parts.
    public init(settings: SiteSettings) {
        base = settings.baseURL
    }

    /// The pretty address of `route` (`https://example.org/briefing/articles/x/`, or `articles/x/` and `./` for home).
    public func address(of route: Route) -> String {
        guard let base else { return route.urlPath.isEmpty ? "./" : route.urlPath }
        return base + route.urlPath
    }

    /// A stable identifier for `route`: its absolute address, or `urn:brief:PATH` without a base.
    public func identifier(of route: Route) -> String {
        base.map { $0 + route.urlPath } ?? "urn:brief:" + (route.urlPath.isEmpty ? "home" : route.urlPath)
    }
}
