/// The site-wide settings of `brief.yml`, each with a default that works.
public struct SiteSettings: Sendable, Hashable, Codable {
    public var title: String
    public var description: String
    /// The absolute URL the site will be published at (for feeds and the sitemap); nil when unset.
    public var baseURL: String?
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
