import BriefCore
import Foundation

/// The warning that feeds and the sitemap carry relative links because no `baseURL` is set. It is
/// given only when they list something (a briefing with articles) and the project has not said
/// `baseURL: none` (a site published nowhere, like the demo), and it names the place to set it:
/// the line of a commented-out `baseURL:` in `brief.yml`, `brief.yml` itself, or, when the project has
/// none, the file to create.
public enum BaseURLWarning {
    /// The warning for the project at `root` with `settings` and `articleCount` published articles, or nil.
    public static func warning(settings: SiteSettings, articleCount: Int, projectRoot root: URL) -> Diagnostic? {
        guard settings.baseURL == nil, !settings.unpublished, articleCount > 0 else { return nil }
        let file = ProjectLoader.settingsFile
        let url = root.appendingPathComponent(file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return Diagnostic(.warning, message: "no baseURL: feeds and the sitemap use relative links",
                              hint: "Create \(file) in the project folder with a line `baseURL: https://your.host/path/`, the address the site will be published at.")
        }
        let line = commentedLine(in: String(decoding: data, as: UTF8.self))
        return Diagnostic(.warning, file: file, line: line,
                          message: line == nil ? "no baseURL: feeds and the sitemap use relative links"
                                               : "baseURL is commented out: feeds and the sitemap use relative links",
                          hint: "Set `baseURL: https://your.host/path/` in \(file) to the address the site will be published at, or `baseURL: none` if it will be read only where it is built.")
    }

    /// The 1-based line of a commented-out `baseURL:` key, if any.
    static func commentedLine(in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            guard trimmed.hasPrefix("#") else { continue }
            if trimmed.dropFirst().drop(while: { $0 == " " || $0 == "#" }).hasPrefix("baseURL:") { return index + 1 }
        }
        return nil
    }
}
