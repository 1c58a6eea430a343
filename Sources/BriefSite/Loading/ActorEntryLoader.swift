import BriefCore
import Foundation

/// Reads the editorial actor entries of a project, `content/actors/*.md`: YAML front matter (`name`,
/// `aliases`, `kind`, `role`, `roles` with years, `country`, `links`, `image` and `imageAlt`, `slug`)
/// and a Markdown biography, rendered in cmark-gfm's safe mode. Every problem names the file and line.
enum ActorEntryLoader {
    /// The folder the entries are read from, relative to the project.
    static let folder = "content/actors"
    /// The keys an entry may hold.
    static let knownKeys = ["name", "aliases", "kind", "role", "roles", "country", "links", "image", "imageAlt", "slug"]

    /// Every entry under `root`'s `content/actors/` (none when the folder is absent), sorted by path,
    /// with warnings; all errors at once.
    static func load(projectRoot root: URL) throws(DiagnosticList) -> (entries: [ActorEntry], warnings: [Diagnostic]) {
        let url = root.appendingPathComponent(folder, isDirectory: true)
        guard FileManager.default.fileExists(atPath: url.path) else { return ([], []) }
        let paths: [String]
        do { paths = try ContentScanner.regularFiles(in: url).filter { $0.lowercased().hasSuffix(".md") } } catch { throw DiagnosticList([error]) }
        var entries: [ActorEntry] = [], warnings: [Diagnostic] = [], errors: [Diagnostic] = []
        for path in paths {
            let relative = folder + "/" + path
            do {
                let text = try SourceText.decode(try ContentScanner.read(url.appendingPathComponent(path), as: relative), file: relative)
                let (entry, found) = try read(text, file: relative, stem: String((path as NSString).deletingPathExtension.split(separator: "/").last ?? ""),
                                           root: root)
                entries.append(entry)
                warnings += found
            } catch {
                errors.append(error)
            }
        }
        errors += ActorEntryDuplicates.problems(in: entries)
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        return (entries, warnings)
    }

    /// The entry in `text` (the file `file`, named `stem`, of the project at `root`, where its image is looked for).
    static func read(_ text: String, file: String, stem: String, root: URL) throws(Diagnostic) -> (ActorEntry, [Diagnostic]) {
        let parts = try FrontMatter.split(text, file: file)
        guard let yaml = parts.yaml else {
            throw Diagnostic(file: file, line: 1, message: "an actor entry needs front matter with its name",
                             hint: "Start the file with ---, a line `name: Full Name`, and --- again.")
        }
        let mapping = try YAMLMapping(yaml: yaml, file: file, firstLine: parts.yamlFirstLine)
        var fields = Fields()
        var warnings: [Diagnostic] = []
        for entry in mapping.entries {
            switch entry.key {
            case "name": fields.name = try mapping.string(entry).trimmingASCIIWhitespace()
            case "aliases": fields.aliases = try mapping.strings(entry)
            case "kind": fields.kind = try kind(entry, in: mapping)
            case "role": fields.role = nonEmpty(try mapping.string(entry))
            case "roles": fields.roles = try EditorialRoleReader.roles(entry, in: mapping)
            case "image": fields.image = entry
            case "imageAlt": fields.imageAlt = nonEmpty(try mapping.string(entry))
            case "country": fields.country = nonEmpty(try mapping.string(entry))
            case "links": fields.links = try links(entry, in: mapping)
            case "slug": fields.slug = try slug(try mapping.string(entry), file: file, line: entry.line)
            default: warnings.append(mapping.unknownKey(entry, known: knownKeys))
            }
        }
        guard !fields.name.isEmpty else {
            throw Diagnostic(file: file, line: parts.yamlFirstLine, message: "the entry has no `name`",
                             hint: "Add `name: Full Name` to its front matter.")
        }
        let id: String
        if let explicit = fields.slug { id = explicit } else { id = try slug(stem, file: file, line: nil) }
        let body = parts.body.trimmingASCIIWhitespace()
        let image = try fields.image.map { (entry: YAMLMapping.Entry) throws(Diagnostic) in
            try ActorImageReader.image(try mapping.string(entry), alt: fields.imageAlt ?? fields.name, file: file, line: entry.line, root: root)
        }
        let entry = ActorEntry(id: id, name: fields.name, aliases: fields.aliases, kind: fields.kind, role: fields.role,
                               roles: fields.roles, country: fields.country, links: fields.links, image: image,
                               bio: body.isEmpty ? nil : MarkdownRenderer.html(body), sourcePath: file)
        return (entry, warnings)
    }

    /// The front matter's values as they are read.
    struct Fields {
        var name = ""
        var aliases: [String] = []
        var kind: ActorKind?
        var role: String?
        var roles: [EditorialRole] = []
        var country: String?
        var links: [String] = []
        var slug: String?
        /// The `image:` entry, checked once the whole entry (its `imageAlt`) is read.
        var image: YAMLMapping.Entry?
        var imageAlt: String?
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingASCIIWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    private static func kind(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> ActorKind {
        let text = try mapping.string(entry).trimmingASCIIWhitespace().lowercased()
        switch text {
        case "person": return .person
        case "organization", "organisation": return .organization
        case "place", "state", "country": return .place
        default:
            throw Diagnostic(file: mapping.file, line: entry.line, message: "kind `\(text)` is not one brief knows",
                             hint: "Use person, organisation or place.")
        }
    }

    /// Only absolute http(s) addresses: a `javascript:` link must never reach a page.
    private static func links(_ entry: YAMLMapping.Entry, in mapping: YAMLMapping) throws(Diagnostic) -> [String] {
        try mapping.strings(entry).map { (link: String) throws(Diagnostic) -> String in
            let lower = link.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
                throw Diagnostic(file: mapping.file, line: entry.line, message: "link `\(link)` is not an http(s) address",
                                 hint: "List full addresses, e.g. `links: [https://example.org/profile]`.")
            }
            return link
        }
    }

    private static func slug(_ text: String, file: String, line: Int?) throws(Diagnostic) -> String {
        guard let slug = Slug.make(text) else {
            throw Diagnostic(file: file, line: line, message: "`\(text)` gives no id with letters or digits",
                             hint: "Name the file after the actor (emmanuel-macron.md) or set `slug:`.")
        }
        return slug
    }
}
