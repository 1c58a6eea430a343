import BriefCore

/// Reads `brief.yml` into ``SiteSettings``; every key is optional.
public enum SettingsReader {
    /// The keys `brief.yml` may hold.
    static let knownKeys = ["title", "description", "baseURL", "language"]

    /// The settings in `yaml` read from `file`, and warnings for ignored keys.
    public static func read(yaml: String, file: String) throws(Diagnostic) -> (SiteSettings, [Diagnostic]) {
        let mapping = try YAMLMapping(yaml: yaml, file: file, firstLine: 1)
        var settings = SiteSettings()
        var warnings: [Diagnostic] = []
        for entry in mapping.entries {
            let value = try mapping.string(entry).trimmingASCIIWhitespace()
            switch entry.key {
            case "title": if !value.isEmpty { settings.title = value }
            case "description": settings.description = value
            case "language": if !value.isEmpty { settings.language = value }
            case "baseURL", "baseUrl", "base_url":
                if value.isEmpty { break }
                if value.lowercased() == "none" {
                    settings.unpublished = true
                    break
                }
                guard value.hasPrefix("http://") || value.hasPrefix("https://") else {
                    throw Diagnostic(file: file, line: entry.line, message: "baseURL `\(value)` is not an absolute http(s) URL",
                                     hint: "Write it as https://example.org/briefing/, or `none` for a site published nowhere.")
                }
                settings.baseURL = value.hasSuffix("/") ? value : value + "/"
            default: warnings.append(mapping.unknownKey(entry, known: knownKeys))
            }
        }
        return (settings, warnings)
    }
}
