import BriefCore
import Foundation

/// The files a site is drawn with: Mustache templates and static assets. The default theme is built
/// into the binary; a project's own `Templates/` folder overrides it file by file and may add files.
public struct Theme: Sendable {
    /// One theme file: its contents, and where it came from (for error messages).
    public struct File: Sendable, Hashable {
        public let contents: [UInt8]
        /// `Templates/x.mustache` for a project file, `(built-in) Templates/x.mustache` for the default.
        public let origin: String
    }

    /// Files by path relative to the theme folder (`layout.mustache`, `partials/x.mustache`, `assets/style.css`).
    public private(set) var files: [String: File]

    /// The folder of a project that holds its own templates.
    public static let folderName = "Templates"

    /// The default theme compiled into the binary.
    public static let builtIn = Theme(files: DefaultTheme.files.reduce(into: [:]) { result, entry in
        result[entry.key] = File(contents: Array(entry.value.utf8), origin: "(built-in) \(folderName)/\(entry.key)")
    })

    /// The built-in theme overlaid with the project's `Templates/` files, when that folder exists.
    public static func load(projectRoot: URL) throws(Diagnostic) -> Theme {
        var theme = builtIn
        let folder = projectRoot.appendingPathComponent(folderName, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return theme
        }
        for path in try ContentScanner.regularFiles(in: folder) {
            let origin = "\(folderName)/\(path)"
            theme.files[path] = File(contents: try ContentScanner.read(folder.appendingPathComponent(path), as: origin),
                                     origin: origin)
        }
        return theme
    }

    /// Template sources by name (`partials/header` for `partials/header.mustache`).
    public var templates: [String: File] {
        files.reduce(into: [:]) { result, entry in
            guard entry.key.hasSuffix(".mustache"), !entry.key.hasPrefix("assets/") else { return }
            result[String(entry.key.dropLast(".mustache".count))] = entry.value
        }
    }

    /// Static files copied into the site, by their path in the site (`assets/style.css`).
    public var assets: [String: File] {
        files.filter { $0.key.hasPrefix("assets/") }
    }
}
