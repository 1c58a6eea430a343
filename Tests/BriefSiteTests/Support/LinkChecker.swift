import Foundation
@testable import BriefSite

/// Checks every relative `href` and `src` in a built site: the target file exists (a folder link
/// needs its `index.html`), and a `#fragment` names an `id` on the target page.
enum LinkChecker {
    /// The broken links, as "page: link" lines; empty when every link resolves.
    static func brokenLinks(in site: URL) throws -> [String] {
        let files = try TemporaryProject.snapshot(site)
        var broken: [String] = []
        for (page, data) in files.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for link in links(in: html) where isInternal(link) {
                if !resolves(link, from: page, files: files) { broken.append("\(page): \(link)") }
            }
        }
        return broken
    }

    /// The values of every `href="…"` and `src="…"` attribute.
    static func links(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
    }

    static func isInternal(_ link: String) -> Bool {
        !(link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") || link.hasPrefix("//"))
    }

    static func resolves(_ link: String, from page: String, files: [String: Data]) -> Bool {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !path.isEmpty {
            guard !path.hasPrefix("/"), let resolved = resolve(path, against: page) else { return false }
            target = resolved
        }
        guard let data = files[target] else { return false }
        guard let fragment, !fragment.isEmpty else { return true }
        return String(decoding: data, as: UTF8.self).contains("id=\"\(fragment)\"")
    }

    /// `path` relative to the folder of `page`, normalised; nil when it climbs above the site root.
    static func resolve(_ path: String, against page: String) -> String? {
        LinkPath.resolve(path, against: page)
    }
}
