import BriefCore
import Foundation

/// A theme whose templates are parsed once into node trees, ready to render any number of pages
/// concurrently straight over their ``TemplateValue`` contexts.
public struct CompiledTheme: Sendable {
    /// The template every page is wrapped in; it places the page's HTML with `{{{content}}}`.
    public static let layoutName = "layout"

    private let templates: [String: [MustacheNode]]

    /// Parses every template of `theme`, reporting each broken one with its file and line.
    public init(_ theme: Theme) throws(DiagnosticList) {
        var templates: [String: [MustacheNode]] = [:]
        var problems: [Diagnostic] = []
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                let text = try SourceText.decode(file.contents, file: file.origin)
                templates[name] = try MustacheParser.parse(text, file: file.origin)
            } catch {
                problems.append(error)
            }
        }
        if templates[Self.layoutName] == nil, !problems.contains(where: { $0.file?.hasSuffix("/\(Self.layoutName).mustache") == true }) {
            problems.append(Self.missing(Self.layoutName))
        }
        for (name, nodes) in templates.sorted(by: { $0.key < $1.key }) {
            for partial in Self.partials(in: nodes) where templates[partial] == nil {
                let origin = theme.templates[name]?.origin ?? "\(Theme.folderName)/\(name).mustache"
                problems.append(Diagnostic(file: origin, message: "the partial `\(partial)` it includes is not in the theme",
                                           hint: "Add \(Theme.folderName)/\(partial).mustache or correct the name in `{{> \(partial)}}`."))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        self.templates = templates
    }

    /// Whether the theme has a template called `name`.
    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// The full HTML of `page`: its template rendered with its context, wrapped in the layout.
    public func render(_ page: Page, settings: SiteSettings) throws(Diagnostic) -> String {
        String(decoding: try renderBytes(page, settings: settings), as: UTF8.self)
    }

    /// The full HTML of `page` as ``render(_:settings:)`` makes it, as the UTF-8 bytes written to the
    /// site (not decoded into a string and encoded again).
    public func renderBytes(_ page: Page, settings: SiteSettings) throws(Diagnostic) -> [UInt8] {
        guard let template = templates[page.template] else { throw Self.missing(page.template) }
        guard let layout = templates[Self.layoutName] else { throw Self.missing(Self.layoutName) }
        var fields: [String: TemplateValue] = [:]
        if case .object(let pageFields) = page.context { fields = pageFields }
        fields["site"] = TemplateContext.site(settings)
        fields["root"] = .string(page.route.rootPrefix)
        fields["pageTitle"] = .string(page.title)
        fields["isHome"] = .bool(page.route == .home)
        fields["isTimeline"] = .bool(page.route.components.first == TimelineRoutes.overview.components.first)
        fields["isActors"] = .bool(page.route.components.first == ActorRoutes.directory.components.first)
        fields["isQuotes"] = .bool(page.route == ActorRoutes.quotes)
        fields["anyDepthRoots"] = page.route.isFile ? .string(Self.rootPaths(settings)) : .bool(false)
        var renderer = MustacheRenderer(partials: templates)
        fields["content"] = .string(try renderer.render(template, context: .object(fields)))
        return try renderer.renderBytes(layout, context: .object(fields))
    }

    /// The paths the site's root may have on a server, as a JavaScript list's items: the path of
    /// `baseURL` (when set), then `/`. A page served at any address (`404.html`) takes the first its
    /// address starts with.
    static func rootPaths(_ settings: SiteSettings) -> String {
        var paths: [String] = []
        if let base = settings.baseURL, let path = URLComponents(string: base)?.percentEncodedPath, path.count > 1 {
            paths.append(path.hasSuffix("/") ? path : path + "/")
        }
        paths.append("/")
        return paths.map { "\"" + $0.filter { $0 != "\"" && $0 != "\\" && $0 != "<" && $0 != ">" } + "\"" }.joined(separator: ", ")
    }

    /// The names of the partials `nodes` include, sections searched, each once, in order.
    /// (The Mustache spec renders a missing partial as nothing; a theme's missing partial is a typo.)
    static func partials(in nodes: [MustacheNode]) -> [String] {
        var names: [String] = []
        func visit(_ nodes: [MustacheNode]) {
            for node in nodes {
                switch node {
                case .partial(let name, _) where !names.contains(name): names.append(name)
                case .section(_, _, let children): visit(children)
                default: break
                }
            }
        }
        visit(nodes)
        return names
    }

    private static func missing(_ name: String) -> Diagnostic {
        Diagnostic(file: "\(Theme.folderName)/\(name).mustache", message: "template `\(name)` not found",
                   hint: "Pages drawn with `\(name)` need \(Theme.folderName)/\(name).mustache; check the template's name.")
    }
}
