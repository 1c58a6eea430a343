import BriefCore

/// Reads an article's metadata (front matter or sidecar YAML) into ``ArticleMetadata``.
enum MetadataReader {
    /// The keys an article's metadata may hold.
    static let knownKeys = ["title", "date", "author", "source", "url", "tags", "slug", "draft"]

    /// The metadata in `yaml` (line `firstLine` of `file`), and warnings for keys it ignored.
    static func read(yaml: String, file: String, firstLine: Int) throws(Diagnostic) -> (ArticleMetadata, [Diagnostic]) {
        let mapping = try YAMLMapping(yaml: yaml, file: file, firstLine: firstLine)
        var metadata = ArticleMetadata()
        var warnings: [Diagnostic] = []
        for entry in mapping.entries {
            switch entry.key {
            case "title": metadata.title = try nonEmpty(mapping.string(entry))
            case "date": metadata.date = try date(entry, in: mapping)
            case "author": metadata.author = try nonEmpty(mapping.string(entry))
            case "source": metadata.source = try nonEmpty(mapping.string(entry))
            case "url": metadata.url = try url(entry, in: mapping)
            case "tags": metadata.tags = try mapping.strings(entry)
            case "slug": metadata.slug = try slug(entry, in: mapping)
            case "draft": metadata.draft = try mapping.bool(entry)
            default: warnings.append(mapping.unknownKey(entry, known: knownKeys))
            }
        }
        return (metadata, warnings)
    }

    private static func nonEmpty(_ value: String) -> String? {
        let trimmed = value.trimmingASCIIWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func date(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> PublicationDate? {
        let text = try mapping.string(entry)
        if text.trimmingASCIIWhitespace().isEmpty { return nil }
        guard let date = PublicationDate.parse(text) else {
            throw Diagnostic(file: mapping.file, line: entry.line, message: "`\(text)` is not a date",
                             hint: "Write dates as YYYY-MM-DD (2025-09-03) or ISO 8601 with a time (2025-09-03T14:30:00Z).")
        }
        return date
    }

    /// Only absolute http(s) URLs: a `javascript:` link must never reach a page.
    private static func url(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> String? {
        guard let text = nonEmpty(try mapping.string(entry)) else { return nil }
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
            throw Diagnostic(file: mapping.file, line: entry.line, message: "url `\(text)` is not an http(s) address",
                             hint: "Give the original article's address, e.g. `url: https://example.org/story`.")
        }
        return text
    }

    private static func slug(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> String? {
        let text = try mapping.string(entry)
        guard let slug = Slug.make(text) else {
            throw Diagnostic(file: mapping.file, line: entry.line, message: "slug `\(text)` has no letters or digits",
                             hint: "Use letters, digits and hyphens, e.g. `slug: paris-summit`.")
        }
        return slug
    }
}
