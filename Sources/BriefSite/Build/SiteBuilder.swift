import BriefCore
import Foundation

/// `brief build`: load the project, derive and render every page, and swap the new site in.
public enum SiteBuilder {
    /// What to build and where.
    public struct Options: Sendable {
        public var projectRoot: URL
        public var output: URL
        public var includeDrafts: Bool
        /// Receives a line as each phase ends (`--verbose` prints them).
        public var progress: @Sendable (String) -> Void
        /// Analyses kept from earlier builds of this process (`brief serve`), or nil.
        public var cache: DerivationCache?
        /// Analyses kept in memory from earlier caching builds of this process (`brief serve`), in
        /// front of those in `.brief-cache/`, or nil.
        public var analyses: BuildMemory<String, ArticleDerivation>?
        /// Articles as parsed by earlier builds of this process (`brief serve`), by their sources'
        /// bytes, or nil.
        public var parsed: BuildMemory<ArticleSource, ArticleLoader.Loaded>?
        /// Counts articles analysed, pages rendered and files written as the build goes, or nil.
        public var meter: BuildProgress?
        /// Whether the build consults and records the build manifest in `.brief-cache/`.
        public var manifest: ManifestUse
        /// The tool's name and version, part of the manifest's key.
        public var tool: String
        /// Whether any warning (an article left out, an unknown key, ...) fails the build (`--strict`).
        public var strict = false
        /// Where the last build leaves what previews of edited articles read of its briefing, and
        /// its theme (`brief serve`), or nil.
        public var preview: PreviewSource?
        /// Called once the articles are listed and before they are read; tests change files there.
        public var afterListing: (@Sendable () -> Void)?

        /// Creates the value from its parts.
        public init(projectRoot: URL, output: URL, includeDrafts: Bool = false,
                    progress: @escaping @Sendable (String) -> Void = { _ in }, cache: DerivationCache? = nil,
                    meter: BuildProgress? = nil, manifest: ManifestUse = .off, tool: String = "brief", strict: Bool = false) {
            self.manifest = manifest
            self.tool = tool
            self.strict = strict
            self.cache = cache
            self.meter = meter
            self.projectRoot = projectRoot
            self.output = output
            self.includeDrafts = includeDrafts
            self.progress = progress
        }
    }

    /// How a build uses the build manifest in the project's `.brief-cache/` (``UpToDateCheck``).
    public enum ManifestUse: Sendable {
        /// Neither reads nor writes it (`brief serve`, tests).
        case off
        /// Builds in full and records a new manifest (`brief build --no-cache`).
        case record
        /// Skips the build when the manifest shows that nothing changed; otherwise builds and records.
        case skipWhenUnchanged
    }

    /// What a build made.
    public struct Result: Sendable {
        public let articles: Int
        public let pages: Int
        public let files: Int
        public let bytes: Int
        public let draftsSkipped: Int
        public let warnings: [Diagnostic]
        /// How many articles were analysed (the others reused a cached analysis).
        public var analysed = 0
        /// True when nothing had changed since the last build, which was reported again and not repeated.
        public var upToDate = false
        /// How many files were linked from the last build's site without being made again.
        public var reused = 0
        /// The fingerprint of the site as swapped in, taken once for the page record and the build
        /// manifest; nil when it could not be walked.
        var site: ContentHash? = nil
    }

    /// Builds the site; on any error nothing in the output folder changes. With a manifest showing
    /// that nothing changed since the last build, writes nothing and reports that build again. A
    /// problem in one article is a warning and the article is left out; under `strict` any warning
    /// fails the build. One build of an output folder at a time: a second fails at once, naming the
    /// first (``BuildLock``).
    public static func build(_ options: Options) throws(DiagnosticList) -> Result {
        let lock: BuildLock
        do {
            // A missing project is said so before the lock would make its folder.
            try ContentScanner.requireProject(options.projectRoot)
            try OutputGuard.check(output: options.output, projectRoot: options.projectRoot)
            lock = try BuildLock(output: options.output)
        } catch {
            throw DiagnosticList([error])
        }
        defer { withExtendedLifetime(lock) {} }
        lock.removeStaleStaging(of: options.output)
        guard options.manifest != .off else { return try fullBuild(options, caching: false, site: nil) }
        let check = UpToDateCheck(options: options, tool: options.tool)
        var recorded: [BuildManifest.Input] = []
        // The output folder walked once: for the manifest's check and the pages' reuse before the
        // build, and, updated with what the build changed, for their records after it.
        let site = options.manifest == .skipWhenUnchanged ? FileTree(folder: options.output.standardizedFileURL.path, includeHidden: true) : nil
        if options.manifest == .skipWhenUnchanged {
            switch check.verdict(site: site) {
            case .upToDate(let manifest):
                if options.strict, manifest.warnings.contains(where: { $0.severity == .warning }) { break }
                return Result(manifest)
            case .build(let reason, let inputs):
                options.progress("Building everything: \(reason)")
                recorded = inputs
            }
        }
        let inputs = check.hashedInputs(reusing: recorded)
        let result = try fullBuild(options, caching: options.manifest == .skipWhenUnchanged, site: site)
        if let inputs, let site = result.site {
            do {
                try check.record(inputs: inputs, summary: BuildManifest.Summary(result), warnings: result.warnings, site: site)
            } catch {
                options.progress("Could not record the build manifest (\(error.localizedDescription)); the next build will be a full one")
            }
        }
        return result
    }

    /// Loads, derives, renders and writes the whole site, and swaps it in, once the lock is held.
    /// With `caching`, the analyses and pages of the last build are reused from `.brief-cache/` and
    /// this build's kept there for the next; without (`--no-cache`, `brief serve`), it is not touched.
    /// `site` is the output folder as walked before the build (with `caching`), nil when it could not be.
    private static func fullBuild(_ options: Options, caching: Bool, site: FileTree?) throws(DiagnosticList) -> Result {
        let cacheFolder = options.projectRoot.standardizedFileURL.appendingPathComponent(UpToDateCheck.cacheFolder)
        let tool = options.tool + " " + UpToDateCheck.binaryStamp
        let store = caching ? AnalysisStore(cacheFolder: cacheFolder, tool: tool, memory: options.analyses) : nil
        let theme: Theme
        do {
            theme = try Theme.load(projectRoot: options.projectRoot)
        } catch {
            throw DiagnosticList([error])
        }
        let releaser = FreedMemory.releasing(every: .seconds(2))
        defer { releaser.cancel() }
        var phase = PhaseTimer(report: options.progress)
        let compiled = try CompiledTheme(theme)
        phase.end("Compiled \(theme.templates.count) templates")
        let project = try ProjectLoader.load(projectRoot: options.projectRoot, includeDrafts: options.includeDrafts,
                                               cache: options.cache, store: store, meter: options.meter,
                                               afterListing: options.afterListing, parsed: options.parsed)
        options.analyses?.endBuild()
        FreedMemory.release()
        let reused = project.briefing.articles.count - project.analysed
        phase.end("Loaded \(project.briefing.articles.count) articles" + (reused > 0 ? " (\(reused) analyses kept from the last build)" : ""))
        let warnings = project.warnings + [BaseURLWarning.warning(settings: project.briefing.settings, articleCount: project.briefing.articles.count,
                                                                  projectRoot: options.projectRoot)].compactMap { $0 }
        let failing = warnings.filter { $0.severity == .warning }
        if options.strict && !failing.isEmpty {
            throw DiagnosticList(failing.map { var error = $0; error.severity = .error; return error }
                                 + [Diagnostic(message: "--strict: \(failing.count) \(failing.count == 1 ? "warning fails" : "warnings fail") the build",
                                               hint: "Fix them, or build without --strict to publish anyway.")])
        }
        let corrections = try? Data(contentsOf: options.projectRoot.appendingPathComponent(CorrectionsLoader.file))
        let reuse = caching ? PageReuse(cacheFolder: cacheFolder, output: options.output, tool: tool, theme: theme,
                                        settings: project.briefing.settings, corrections: corrections, site: site,
                                        articles: store) : nil
        let writer = SiteWriter(output: options.output, meter: options.meter)
        let staging: StagingFolder
        do {
            // Over a site the last build's record vouches for, only the changed files are staged.
            staging = try writer.stage(over: reuse?.trusted == true ? site : nil)
        } catch {
            throw DiagnosticList([error])
        }
        do {
            try SiteRenderer.render(project.briefing, theme: theme, compiled: compiled, into: staging, meter: options.meter,
                                    reuse: reuse, preview: options.preview)
            try ActorImageCopier.copy(project.briefing, from: options.projectRoot, into: staging)
        } catch {
            writer.discard(staging)
            throw error
        }
        let tally = staging.tally
        phase.end("Rendered and wrote \(tally.files) files, \(tally.written) of them changed, \(tally.reused) reused unrendered")
        reuse?.forget()  // the old site's record stops holding once the new site is swapped in
        let updated: FileTree?
        do {
            updated = try writer.commit(staging)
        } catch {
            throw DiagnosticList([error])
        }
        options.preview?.confirm()
        options.meter?.finish(.files)
        phase.end(updated == nil ? "Swapped in \(options.output.lastPathComponent)/" : "Updated \(options.output.lastPathComponent)/")
        // Known from the overlay's changes, or walked once, for both records of the site just swapped
        // in: the page digests and the manifest.
        let site = caching || options.manifest != .off
            ? (updated ?? FileTree(folder: options.output.path, includeHidden: true))?.fingerprint : nil
        do {
            if let site { try reuse?.save(site: site) }
        } catch {
            options.progress("Could not record the pages' inputs (\(error.localizedDescription)); the next build renders every page")
        }
        store?.pruneUnused()
        return Result(articles: project.briefing.articles.count,
                      pages: tally.pages,
                      files: tally.files + 1,
                      bytes: tally.bytes,
                      draftsSkipped: project.draftsSkipped,
                      warnings: warnings,
                      analysed: project.analysed,
                      reused: tally.reused,
                      site: site)
    }
}

extension SiteBuilder.Result {
    /// The result of the build `manifest` recorded, reported again for a build skipped as up to date.
    init(_ manifest: BuildManifest) {
        self.init(articles: manifest.summary.articles, pages: manifest.summary.pages, files: manifest.summary.files,
                  bytes: manifest.summary.bytes, draftsSkipped: manifest.summary.draftsSkipped,
                  warnings: manifest.warnings, analysed: 0, upToDate: true)
    }
}

extension BuildManifest.Summary {
    /// The summary of `result`.
    init(_ result: SiteBuilder.Result) {
        self.init(articles: result.articles, pages: result.pages, files: result.files, bytes: result.bytes,
                  draftsSkipped: result.draftsSkipped)
    }
}
