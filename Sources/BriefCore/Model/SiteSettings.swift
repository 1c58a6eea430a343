/// The site-wide settings of `brief.yml`, each with a default that works.
public struct SiteSettings: Sendable, Hashable, Codable {
    public var title: String
    public var description: String
    /// The absolute URL the site will be published at (for feeds and the sitemap); nil when unset.
    public var baseURL: String?
    /// True when `brief.yml` says `baseURL: none`: the site is read where it is built (from
    /// `file://` or `brief serve`) and published nowhere, so relative links in the feeds and the
    /// sitemap are meant, and no warning asks for an address.
    public var unpublished = false
    /// The BCP 47 language tag of the pages (`<html lang>`).
    public var language: String

    /// Creates the value from its parts.
    public init(title: String = "Briefing", description: String = "", baseURL: String? = nil,
                language: String = "en") {
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
    }
}
