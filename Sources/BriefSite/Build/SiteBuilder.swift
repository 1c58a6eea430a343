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
        /// Counts articles analysed, pages rendered and files written as the build goes, or nil.
        public var meter: BuildProgress?
        /// Whether any warning (an article left out, an unknown key, ...) fails the build (`--strict`).
        public var strict = false

        /// Creates the value from its parts.
        public init(projectRoot: URL, output: URL, includeDrafts: Bool = false,
                    progress: @escaping @Sendable (String) -> Void = { _ in }, cache: DerivationCache? = nil,
                    meter: BuildProgress? = nil, strict: Bool = false) {
            self.strict = strict
            self.cache = cache
            self.meter = meter
            self.projectRoot = projectRoot
            self.output = output
            self.includeDrafts = includeDrafts
            self.progress = progress
        }
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
    }

    /// Builds the site; on any error nothing in the output folder changes. A problem in one article
    /// is a warning and the article is left out; under `strict` any warning fails the build. One build
    /// of an output folder at a time: a second fails at once, naming the first (``BuildLock``).
    public static func build(_ options: Options) throws(DiagnosticList) -> Result {
        let lock: BuildLock
        do {
            try OutputGuard.check(output: options.output, projectRoot: options.projectRoot)
            lock = try BuildLock(output: options.output)
        } catch {
            throw DiagnosticList([error])
        }
        defer { withExtendedLifetime(lock) {} }
        lock.removeStaleStaging(of: options.output)
        return try buildLocked(options)
    }

    /// ``build(_:)`` once the lock is held.
    private static func buildLocked(_ options: Options) throws(DiagnosticList) -> Result {
        let theme: Theme
        do {
            theme = try Theme.load(projectRoot: options.projectRoot)
        } catch {
            throw DiagnosticList([error])
        }
        var phase = PhaseTimer(report: options.progress)
        let compiled = try CompiledTheme(theme)
        phase.end("Compiled \(theme.templates.count) templates")
        let project = try ProjectLoader.load(projectRoot: options.projectRoot, includeDrafts: options.includeDrafts,
                                               cache: options.cache, meter: options.meter)
        let reused = project.briefing.articles.count - project.analysed
        phase.end("Loaded \(project.briefing.articles.count) articles" + (reused > 0 ? " (\(reused) analyses kept from the last build)" : ""))
        let warnings = project.warnings + PublishedFiles.warnings(for: project.briefing.settings)
        let failing = warnings.filter { $0.severity == .warning }
        if options.strict && !failing.isEmpty {
            throw DiagnosticList(failing.map { var error = $0; error.severity = .error; return error }
                                 + [Diagnostic(message: "--strict: \(failing.count) \(failing.count == 1 ? "warning fails" : "warnings fail") the build",
                                               hint: "Fix them, or build without --strict to publish anyway.")])
        }
        let writer = SiteWriter(output: options.output, meter: options.meter)
        let staging: StagingFolder
        do {
            staging = try writer.stage()
        } catch {
            throw DiagnosticList([error])
        }
        do {
            try SiteRenderer.render(project.briefing, theme: theme, compiled: compiled, into: staging, meter: options.meter)
        } catch {
            writer.discard(staging)
            throw error
        }
        let tally = staging.tally
        phase.end("Rendered and wrote \(tally.files) files, \(tally.written) of them changed")
        do {
            try writer.commit(staging)
        } catch {
            throw DiagnosticList([error])
        }
        options.meter?.finish(.files)
        phase.end("Swapped in \(options.output.lastPathComponent)/")
        return Result(articles: project.briefing.articles.count,
                      pages: tally.pages,
                      files: tally.files + 1,
                      bytes: tally.bytes,
                      draftsSkipped: project.draftsSkipped,
                      warnings: warnings,
                      analysed: project.analysed)
    }
}
