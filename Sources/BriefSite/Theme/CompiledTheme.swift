import BriefCore
import Mustache

/// A theme whose templates are parsed once, ready to render any number of pages concurrently.
public struct CompiledTheme: Sendable {
    /// The template every page is wrapped in; it places the page's HTML with `{{{content}}}`.
    public static let layoutName = "layout"

    private let library: MustacheLibrary
    private let origins: [String: String]

    /// Parses every template of `theme`, reporting each broken one with its file and line.
    public init(_ theme: Theme) throws(DiagnosticList) {
        _ = FastHTMLContentType.registered
        var library = MustacheLibrary()
        var origins: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (name, file) in theme.templates.sorted(by: { $0.key < $1.key }) {
            origins[name] = file.origin
            do {
                let text = try SourceText.decode(file.contents, file: file.origin)
                library.register(try MustacheTemplate(string: FastHTMLContentType.pragma + text), named: name)
            } catch let error as Diagnostic {
                problems.append(error)
            } catch let error as MustacheTemplate.ParserError {
                let near = error.context.line.trimmingASCIIWhitespace()
                let column = error.context.lineNumber == 1 ? max(1, error.context.columnNumber - FastHTMLContentType.pragma.count) : error.context.columnNumber
                problems.append(Diagnostic(file: file.origin, line: error.context.lineNumber, column: column,
                                           message: "template error: \(Self.describe(error.error))",
                                           hint: near.isEmpty ? "Check that every {{#section}} has its {{/section}}." : "Near: \(near)"))
            } catch {
                problems.append(Diagnostic(file: file.origin, message: "template error: \(error)"))
            }
        }
        if library.getTemplate(named: Self.layoutName) == nil {
            problems.append(Self.missing(Self.layoutName))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        self.library = library
        self.origins = origins
    }

    /// Whether the theme has a template called `name`.
    public func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// The full HTML of `page`: its template rendered with its context, wrapped in the layout.
    public func render(_ page: Page, settings: SiteSettings) throws(Diagnostic) -> String {
        guard let template = library.getTemplate(named: page.template) else { throw Self.missing(page.template) }
        var fields: [String: Any] = [:]
        if case .object(let pageFields) = page.context { fields = pageFields.mapValues(TemplateContext.any) }
        fields["site"] = TemplateContext.any(TemplateContext.site(settings))
        fields["root"] = page.route.rootPrefix
        fields["pageTitle"] = page.title
        fields["isHome"] = page.route == .home
        fields["isTimeline"] = page.route.components.first == TimelineRoutes.overview.components.first
        fields["isActors"] = page.route.components.first == ActorRoutes.directory.components.first
        fields["isQuotes"] = page.route == ActorRoutes.quotes
        fields["baseHref"] = page.route.isFile ? TemplateContext.any(.optional(settings.baseURL)) : false
        fields["content"] = template.render(fields, library: library)
        return library.render(fields, withTemplate: Self.layoutName) ?? ""
    }

    private static func missing(_ name: String) -> Diagnostic {
        Diagnostic(file: "\(Theme.folderName)/\(name).mustache", message: "template `\(name)` not found",
                   hint: "Pages drawn with `\(name)` need \(Theme.folderName)/\(name).mustache; check the template's name.")
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "a section is closed with the wrong name"
        case MustacheTemplate.Error.unfinishedName: return "a tag is not closed with }}"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}
