import BriefCore
import Foundation

/// Internal links of Markdown articles that lead nowhere on the built site: a relative link (inline
/// `[text](target)` or a reference definition `[id]: target`) resolved from the article's page
/// must name one of the site's pages, and a `#fragment` on an article page one of its paragraphs
/// (`p3`) or quotations. A link to an article's source file, or a root-relative one (`/x/`), which
/// breaks under a base path and from `file://`, is reported too. Fenced code is skipped.
struct MarkdownLinkReview {
    /// Every page of the site, as output paths (`articles/slug/index.html`).
    let pages: Set<String>
    /// The anchors of each article page, by output path.
    let anchors: [String: Set<String>]
    /// Article pages by the file name of their source (`day-two.md` → `articles/day-two/index.html`).
    let pagesBySource: [String: String]
    /// `](target)`: an inline link's or image's target.
    private let inline = try? NSRegularExpression(pattern: #"\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)"#)
    /// `[id]: target`: a reference definition.
    private let reference = try? NSRegularExpression(pattern: #"^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?"#)

    /// The review for `briefing`, whose site has `pages`.
    init(briefing: Briefing, pages: Set<String>) {
        self.pages = pages
        var anchors: [String: Set<String>] = [:]
        var bySource: [String: String] = [:]
        let quoteIds = Dictionary(grouping: briefing.quotes, by: \.article)
        for article in briefing.articles {
            let path = SiteDeriver.route(of: article).outputPath
            anchors[path] = Set(article.paragraphs.map(\.anchor) + (quoteIds[article.slug] ?? []).map(\.id) + ["content"])
            bySource[(article.sourcePath as NSString).lastPathComponent] = path
        }
        self.anchors = anchors
        pagesBySource = bySource
    }

    /// The broken links of `article`, whose Markdown source is `text`, each with its line.
    func findings(_ article: Article, text: String) -> [(line: Int, finding: ReviewFinding)] {
        guard article.format == .markdown else { return [] }
        let page = SiteDeriver.route(of: article).outputPath
        var found: [(line: Int, finding: ReviewFinding)] = []
        var fenced = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { fenced.toggle(); continue }
            guard !fenced else { continue }
            for target in targets(in: String(line)) {
                if let problem = problem(target, from: page) {
                    found.append((index + 1, ReviewFinding(.brokenLink, .error, file: article.sourcePath, excerpt: target,
                                                           message: problem.message, hint: problem.hint)))
                }
            }
        }
        return found
    }

    /// What is wrong with a link to `target` from `page`, or nil when it resolves or leaves the site.
    func problem(_ target: String, from page: String) -> (message: String, hint: String)? {
        guard !Self.isExternal(target) else { return nil }
        let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        if path.hasPrefix("/") {
            return ("the link `\(target)` starts at the host's root, so it breaks under a base path and from file://",
                    "Link relative to the article's page: another article is ../SLUG/index.html.")
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".txt") || lower.hasSuffix(".markdown") {
            let name = (path as NSString).lastPathComponent
            let fix = pagesBySource[name].flatMap { LinkPath.relative(to: $0, from: page) }
            return ("the link `\(target)` names a source file, which is not on the site",
                    fix.map { "Link to the article's page: \($0)\(fragment.map { "#" + $0 } ?? "")." } ?? "Link to the article's page, ../SLUG/index.html.")
        }
        let resolved = path.isEmpty ? page : LinkPath.resolve(path, against: page)
        if let resolved, !pages.contains(resolved), pages.contains(resolved + "/index.html") {
            return ("the link `\(target)` names a folder without `/index.html`, which works on a server but not from file://",
                    "Write it \(path)/index.html\(fragment.map { "#" + $0 } ?? "").")
        }
        guard let resolved, pages.contains(resolved) else {
            return ("the link `\(target)` leads to no page of the site",
                    "Check the slug: another article's page is ../SLUG/index.html (brief build prints no page for a missing one).")
        }
        if let fragment, !fragment.isEmpty, let known = anchors[resolved], !known.contains(fragment) {
            return ("the link `\(target)` names the anchor #\(fragment), which that article does not have",
                    "Paragraphs are #p1, #p2, …; the article has \(known.filter { $0.hasPrefix("p") && Int($0.dropFirst()) != nil }.count).")
        }
        return nil
    }

    /// The link targets of one Markdown line: inline links and images, and reference definitions.
    func targets(in line: String) -> [String] {
        var targets: [String] = []
        let range = NSRange(line.startIndex..., in: line)
        for pattern in [inline, reference].compactMap({ $0 }) {
            for match in pattern.matches(in: line, range: range) {
                if let found = Range(match.range(at: 1), in: line) { targets.append(String(line[found])) }
            }
        }
        return targets
    }

    /// Whether `target` leaves the site: a scheme (`https:`, `mailto:`) or a protocol-relative `//`.
    static func isExternal(_ target: String) -> Bool {
        if target.hasPrefix("//") { return true }
        guard let colon = target.firstIndex(of: ":") else { return false }
        let scheme = target[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}

/// Relative paths between the site's files.
enum LinkPath {
    /// `path` relative to the folder of `page`, normalised, a folder meaning its `index.html`; nil
    /// when it climbs above the site's root.
    static func resolve(_ path: String, against page: String) -> String? {
        var components = page.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "..": if components.isEmpty { return nil } else { components.removeLast() }
            case ".", "": continue
            default: components.append(String(part))
            }
        }
        if path.hasSuffix("/") || path == "." || path == ".." || components.isEmpty { components.append("index.html") }
        return components.joined(separator: "/")
    }

    /// The relative link from `page` to `target` (both output paths): up to their common folder, then down.
    static func relative(to target: String, from page: String) -> String? {
        let from = page.split(separator: "/").dropLast(), to = target.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[from.startIndex + common] == to[common] { common += 1 }
        return String(repeating: "../", count: from.count - common) + to.dropFirst(common).joined(separator: "/")
    }
}
