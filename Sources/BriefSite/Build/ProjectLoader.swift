import BriefCore
import Foundation

/// Loads a project folder into a ``Briefing``: `brief.yml`, then every article, parsed on all cores,
/// with unique slugs, and everything derived from them. Collects every problem before failing, so one run shows them all.
public enum ProjectLoader {
    /// The settings file of a project.
    public static let settingsFile = "brief.yml"

    /// A loaded project: the briefing and the warnings met on the way.
    public struct Loaded: Sendable {
        public let briefing: Briefing
        public let warnings: [Diagnostic]
        /// How many draft articles were left out.
        public let draftsSkipped: Int
        /// How many articles were analysed in this load (the others came from the cache).
        public let analysed: Int
    }

    /// Loads the project at `root`; drafts are left out unless `includeDrafts`.
    /// Articles `cache` holds from an earlier build are not analysed again; `meter` counts the
    /// articles as they are analysed.
    public static func load(projectRoot root: URL, includeDrafts: Bool = false,
                            cache: DerivationCache? = nil, meter: BuildProgress? = nil) throws(DiagnosticList) -> Loaded {
        try load(projectRoot: root, includeDrafts: includeDrafts, cache: cache, store: nil, meter: meter)
    }

    /// Loads the project at `root` as above; analyses `store` keeps on disk are read back instead of made again.
    static func load(projectRoot root: URL, includeDrafts: Bool, cache: DerivationCache?, store: AnalysisStore?,
                     meter: BuildProgress?, afterListing: (@Sendable () -> Void)? = nil,
                     parsed: BuildMemory<ArticleSource, ArticleLoader.Loaded>? = nil) throws(DiagnosticList) -> Loaded {
        var warnings: [Diagnostic] = []
        let settings: SiteSettings
        do {
            (settings, warnings) = try readSettings(root)
        } catch {
            throw DiagnosticList([error])
        }
        var errors: [Diagnostic] = []
        let loaded: [ArticleLoader.Loaded]
        let skipped: [Diagnostic]
        do {
            (loaded, skipped, warnings) = try loadArticles(root, warnings: warnings, afterListing: afterListing, parsed: parsed)
        } catch {
            throw DiagnosticList([error])
        }
        if loaded.isEmpty && !skipped.isEmpty {
            errors += skipped.map { var error = $0; error.severity = .error; return error }  // nothing left to publish
        } else {
            warnings += skipped.map(leftOut)
        }
        var entries: [ActorEntry] = []
        do {
            let found = try ActorEntryLoader.load(projectRoot: root)
            entries = found.entries
            warnings += found.warnings
        } catch {
            errors += error.diagnostics
        }
        var corrections = Corrections()
        do {
            let found = try CorrectionsLoader.load(projectRoot: root)
            corrections = found.corrections
            warnings += found.warnings
        } catch {
            errors += error.diagnostics
        }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        warnings += loaded.flatMap(\.warnings)
        if loaded.isEmpty { warnings.append(ContentScanner.emptyFolderWarning) }
        let (articles, draftsSkipped) = publishedArticles(loaded, includeDrafts: includeDrafts)
        let analyse: @Sendable (Article) -> ArticleDerivation
        if let cache {
            analyse = { cache.derivation(of: $0) }
        } else if let store {
            analyse = { store.derivation(of: $0) { ArticleDerivation($0).forSite } }
        } else {
            analyse = { ArticleDerivation($0).forSite }
        }
        meter?.start(.articles, total: articles.count)
        let derive: @Sendable (Article) -> ArticleDerivation = { article in
            defer { meter?.tick(.articles) }
            return analyse(article)
        }
        let (briefing, unapplied) = CorrectionsApplier.apply(
            corrections, to: BriefingAssembler.assemble(settings: settings, articles: articles, entries: entries,
                                                        mapper: ConcurrentMapper(), parking: CompactParking(),
                                                        derive: derive))
        warnings += unapplied
        let analysed = cache?.endBuild() ?? (articles.count - (store?.read ?? 0))
        return Loaded(briefing: briefing, warnings: warnings + briefing.warnings,
                      draftsSkipped: draftsSkipped, analysed: analysed)
    }

    /// Every article of the project, read and parsed on all cores, the problems that kept articles out,
    /// and `warnings` with the scan's own added; throws when the content folder cannot be read. The
    /// files' bytes are dropped on return, before the articles are analysed, unless `parsed` keeps
    /// them with their articles for the next build.
    private static func loadArticles(_ root: URL, warnings: [Diagnostic], afterListing: (@Sendable () -> Void)?,
                                     parsed: BuildMemory<ArticleSource, ArticleLoader.Loaded>?) throws(Diagnostic)
        -> (loaded: [ArticleLoader.Loaded], skipped: [Diagnostic], warnings: [Diagnostic]) {
        let scan = try ContentScanner.scan(projectRoot: root, afterListing: afterListing)
        let results = scan.sources.concurrentMap { source in
            Result { () throws(Diagnostic) in
                guard let parsed else { return try ArticleLoader.load(source) }
                return try parsed.value(for: source) { () throws(Diagnostic) in try ArticleLoader.load(source) }
            }
        }
        parsed?.endBuild()
        var loaded: [ArticleLoader.Loaded] = []
        var skipped = scan.unreadable
        for result in results {
            switch result {
            case .success(let article): loaded.append(article)
            case .failure(let error): skipped.append(error)
            }
        }
        return (loaded, skipped, warnings + scan.notes)
    }

    /// The problem that kept an article out, as a warning that says so.
    private static func leftOut(_ problem: Diagnostic) -> Diagnostic {
        var warning = problem
        warning.severity = .warning
        warning.message += "; the article is left out"
        return warning
    }

    /// The articles to publish (drafts only when `includeDrafts`) with unique slugs, and how many drafts were left out.
    private static func publishedArticles(_ loaded: [ArticleLoader.Loaded], includeDrafts: Bool) -> (articles: [Article], draftsSkipped: Int) {
        let published = loaded.filter { includeDrafts || !$0.article.metadata.draft }
        let slugs = SlugAllocator.allocate(published.map(\.wantedSlug), explicit: published.map { $0.article.metadata.slug != nil })
        let articles = zip(published, slugs).map { item, slug in
            var article = item.article
            article.slug = slug
            return article
        }
        return (articles, loaded.count - published.count)
    }

    private static func readSettings(_ root: URL) throws(Diagnostic) -> (SiteSettings, [Diagnostic]) {
        let url = root.appendingPathComponent(settingsFile)
        guard FileManager.default.fileExists(atPath: url.path) else { return (SiteSettings(), []) }
        let bytes = try ContentScanner.read(url, as: settingsFile)
        return try SettingsReader.read(yaml: SourceText.decode(bytes, file: settingsFile), file: settingsFile)
    }
}
