import BriefCore

/// Converts the core's ``TemplateValue`` trees into the dictionaries and arrays Mustache reads.
enum TemplateContext {
    /// `value` as Foundation-free Swift values: String, Bool, Int, [Any], [String: Any].
    static func any(_ value: TemplateValue) -> Any {
        switch value {
        case .string(let string): return string
        case .bool(let bool): return bool
        case .int(let int): return int
        case .list(let list): return list.map(any)
        case .object(let fields): return fields.mapValues(any)
        }
    }

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
