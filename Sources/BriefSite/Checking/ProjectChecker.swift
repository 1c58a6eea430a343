import BriefCore
import Foundation

/// `brief check`: runs the whole pipeline — theme, articles, actor entries, analysis, resolution and
/// every page rendered — without writing anything, and reports what an editor should look at, by
/// file and line: the build's own errors and warnings, and the findings of ``BriefingReview`` and of
/// the Markdown link review.
public enum ProjectChecker {
    /// Checks the project at `root` (drafts too when `includeDrafts`).
    public static func check(projectRoot root: URL, includeDrafts: Bool = false) -> CheckReport {
        let (compiled, themeErrors) = compileTheme(root)
        var entries = themeErrors.map(entry)
        let cache = DerivationCache()
        let project: ProjectLoader.Loaded
        do {
            project = try ProjectLoader.load(projectRoot: root, includeDrafts: includeDrafts, cache: cache)
        } catch {
            return CheckReport(entries: entries + error.diagnostics.map(entry), articles: 0, loaded: false)
        }
        let briefing = project.briefing
        // An undated article is reported once, by the date review, with its unplaced dates counted.
        entries += project.warnings.filter { !$0.message.hasPrefix("no date:") }.map(entry)
        if let warning = BaseURLWarning.warning(settings: briefing.settings, articleCount: briefing.articles.count, projectRoot: root) {
            entries.append(entry(warning))
        }
        let rendered = compiled.map { render(briefing, with: $0) }
        entries += rendered?.errors.map(entry) ?? []
        var derivations: [String: ArticleDerivation] = [:]
        for article in briefing.articles { derivations[article.slug] = cache.cached(article) }
        let findings = BriefingReview.findings(briefing, derivations: derivations)
        entries += located(findings, in: briefing, links: rendered.map { MarkdownLinkReview(briefing: briefing, pages: $0.pages) },
                           root: root)
        return CheckReport(entries: entries, articles: briefing.articles.count)
    }

    /// The built-in theme overlaid with the project's, compiled, or the errors that stop it.
    static func compileTheme(_ root: URL) -> (CompiledTheme?, [Diagnostic]) {
        let theme: Theme
        do { theme = try Theme.load(projectRoot: root) } catch { return (nil, [error]) }
        do { return (try CompiledTheme(theme), []) } catch { return (nil, error.diagnostics) }
    }

    /// `findings` with their lines, and the broken links of the Markdown articles: each source file
    /// is read once.
    static func located(_ findings: [ReviewFinding], in briefing: Briefing, links: MarkdownLinkReview?, root: URL) -> [CheckReport.Entry] {
        let byFile = Dictionary(grouping: findings, by: \.file)
        let articlesByPath = Dictionary(briefing.articles.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [CheckReport.Entry] = []
        for path in Set(byFile.keys).union(articlesByPath.keys).sorted() {
            let text = (try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            let locator = SourceLineLocator(text: text)
            entries += (byFile[path] ?? []).map { entry($0, line: locator.line(of: $0.excerpt)) }
            if let links, let article = articlesByPath[path] {
                entries += links.findings(article, text: text).map { entry($0.finding, line: $0.line) }
            }
        }
        return entries
    }

    /// Every page derived and rendered in memory, on all cores: the site's output paths and the
    /// distinct rendering errors.
    static func render(_ briefing: Briefing, with theme: CompiledTheme) -> (pages: Set<String>, errors: [Diagnostic]) {
        let groups = SiteDeriver.groups(for: briefing)
        let items = groups.indices.flatMap { group in (0..<groups[group].count).map { (group, $0) } }
        let made = items.concurrentMap { group, position -> (paths: [String], errors: [Diagnostic]) in
            var paths: [String] = [], errors: [Diagnostic] = []
            for page in groups[group].pages(position) {
                paths.append(page.route.outputPath)
                do throws(Diagnostic) { _ = try theme.render(page, settings: briefing.settings) } catch { errors.append(error) }
            }
            return (paths, errors)
        }
        var errors: [Diagnostic] = []
        for error in made.flatMap(\.errors) where !errors.contains(error) { errors.append(error) }
        return (Set(made.flatMap(\.paths)), errors)
    }

    private static func entry(_ diagnostic: Diagnostic) -> CheckReport.Entry {
        CheckReport.Entry(file: diagnostic.file, line: diagnostic.line, severity: diagnostic.severity.rawValue,
                          kind: ReviewFinding.Kind.build.rawValue, message: diagnostic.message, hint: diagnostic.hint)
    }

    private static func entry(_ finding: ReviewFinding, line: Int) -> CheckReport.Entry {
        CheckReport.Entry(file: finding.file, line: line, severity: finding.severity.rawValue, kind: finding.kind.rawValue,
                          message: finding.message, hint: finding.hint)
    }
}
