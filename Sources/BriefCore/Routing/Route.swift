/// Where a page lives in the site: a folder path such as `articles/some-slug/` (or a file such as
/// `404.html`), and how to reach the site's root from there with a relative link.
public struct Route: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Path components of the folder (for pretty URLs) or of the file.
    public let components: [String]
    /// True when the route names a file (`404.html`), false for a folder served by its `index.html`.
    public let isFile: Bool

    /// A folder route, e.g. `Route(folder: "articles", slug)`; every component must be a valid slug.
    public init(folder components: String...) {
        self.init(components: components, isFile: false)
    }

    /// A file route at the site root, e.g. `Route(file: "404.html")`.
    public init(file name: String) {
        self.init(components: [name], isFile: true)
    }

    /// Creates the value from its parts.
    public init(components: [String], isFile: Bool) {
        precondition(components.allSatisfy(Self.isSegment), "route components must be single, non-traversing path segments")
        self.components = components
        self.isFile = isFile
    }

    /// Whether `component` is one path segment that stays where it is: not empty, `.` or `..`, and
    /// without `/` (checked on its UTF-8 bytes: every page's links make routes).
    static func isSegment(_ component: String) -> Bool {
        let utf8 = component.utf8
        guard let first = utf8.first else { return false }
        if first == UInt8(ascii: "."), utf8.count <= 2, utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) { return false }
        return !utf8.contains(UInt8(ascii: "/"))
    }

    /// The home page, `index.html`.
    public static let home = Route(components: [], isFile: false)

    /// The file written for this route, relative to the output folder.
    public var outputPath: String {
        isFile ? components.joined(separator: "/") : (components + ["index.html"]).joined(separator: "/")
    }

    /// The pretty URL path of the route relative to the site root (`articles/x/`, `404.html`, ``).
    public var urlPath: String {
        isFile ? components.joined(separator: "/") : components.map { $0 + "/" }.joined()
    }

    /// The relative prefix that leads from this page to the site root (`../../` for `articles/x/`).
    public var rootPrefix: String {
        String(repeating: "../", count: isFile ? components.count - 1 : components.count)
    }

    /// A relative link from this page to `target`, naming `index.html` so it works from `file://` too.
    public func link(to target: Route, fragment: String? = nil) -> String {
        rootPrefix + target.outputPath + (fragment.map { "#" + $0 } ?? "")
    }

    public var description: String { "/" + urlPath }

    public static func < (lhs: Route, rhs: Route) -> Bool { lhs.outputPath < rhs.outputPath }
}
