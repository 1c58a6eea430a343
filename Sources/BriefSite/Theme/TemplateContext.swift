import BriefCore

/// The values the renderer adds to every page's context.
enum TemplateContext {
    /// The settings as the `site` object every template sees.
    static func site(_ settings: SiteSettings) -> TemplateValue {
        [
            "title": .string(settings.title),
            "description": .optional(settings.description.isEmpty ? nil : settings.description),
            "language": .string(settings.language),
            "baseURL": .optional(settings.baseURL),
        ]
    }
}
