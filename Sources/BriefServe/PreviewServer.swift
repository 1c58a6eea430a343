import BriefCore
import BriefSite
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

/// `brief serve`: builds the site, serves the output folder over HTTP, rebuilds when the inputs
/// change and makes open pages reload (or show the errors) after each rebuild.
///
/// Three services run in one `ServiceGroup`: the Hummingbird application (``PreviewRouter``), the
/// ``RebuildLoop`` and, when given, a ``ShutdownTrigger``. Ctrl-C or SIGTERM shuts them down
/// gracefully, live-reload streams first, so the process ends and the port is freed.
public struct PreviewServer: Sendable {
    /// What to build and where to listen.
    public struct Options: Sendable {
        /// The project folder.
        public var projectRoot: URL
        /// The output folder served.
        public var output: URL
        /// Whether drafts are built.
        public var includeDrafts: Bool
        /// The address to bind (loopback unless told otherwise).
        public var host: String
        /// The port; 0 picks a free one (reported in ``PreviewEvent/listening(url:port:)``).
        public var port: Int
        /// The file watcher's timing.
        public var watcher: FileWatcher
        /// Signals that stop the server gracefully.
        public var gracefulShutdownSignals: [UnixSignal]
        /// Another way to stop it.
        public var shutdownTrigger: ShutdownTrigger?
        /// How much the server library logs (to stderr).
        public var logLevel: Logger.Level

        /// Options for previewing `projectRoot` built into `output`.
        public init(projectRoot: URL, output: URL, includeDrafts: Bool = false,
                    host: String = "127.0.0.1", port: Int = 8000,
                    gracefulShutdownSignals: [UnixSignal] = [.sigint, .sigterm],
                    shutdownTrigger: ShutdownTrigger? = nil, logLevel: Logger.Level = .error) {
            self.projectRoot = projectRoot
            self.output = output
            self.includeDrafts = includeDrafts
            self.host = host
            self.port = port
            self.watcher = FileWatcher(root: projectRoot)
            self.gracefulShutdownSignals = gracefulShutdownSignals
            self.shutdownTrigger = shutdownTrigger
            self.logLevel = logLevel
        }

        /// The tool's name and version, part of the build cache's key (as `brief build` passes it).
        public var tool = "brief"

        /// The build these options ask for: the same as `brief build`'s, so the first build finds a
        /// site already up to date unchanged, and each rebuild re-analyses only the edited articles
        /// and renders only the pages whose inputs changed (the project's `.brief-cache/`).
        var build: SiteBuilder.Options {
            var options = SiteBuilder.Options(projectRoot: projectRoot, output: output, includeDrafts: includeDrafts,
                                              manifest: .skipWhenUnchanged, tool: tool)
            options.analyses = analyses
            options.parsed = parsed
            options.preview = preview
            return options
        }

        /// The analyses of this server's builds, kept in memory so a rebuild reads none of the
        /// unchanged articles' analyses back from `.brief-cache/`.
        let analyses = BuildMemory<String, ArticleDerivation>()
        /// The articles as this server's builds parsed them, so a rebuild parses only the edited ones.
        let parsed = BuildMemory<ArticleSource, ArticleLoader.Loaded>()
        /// The last build's briefing and theme, for provisional pages of edited articles.
        let preview = PreviewSource()
        /// The provisional pages served until the rebuild is swapped in.
        let previews = PreviewPages()
    }

    /// The options.
    public let options: Options
    /// Where progress and errors go.
    public let report: @Sendable (PreviewEvent) -> Void

    /// A server for `options`, telling `report` what happens.
    public init(options: Options, report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.options = options
        self.report = report
    }

    /// Builds, then serves until shut down. A failed first build does not stop it: the errors are
    /// reported and shown in the browser, and the previous site, if any, is served. An output
    /// folder that ``OutputGuard`` refuses stops it before anything is built or served.
    public func run() async throws(PreviewError) {
        do {
            try OutputGuard.check(output: options.output, projectRoot: options.projectRoot)
        } catch {
            throw .refusedOutput(error)  // never serve a folder brief would not build into
        }
        let instance = String(UUID().uuidString.prefix(8)).lowercased()
        let watcher = options.watcher.listening()
        let snapshot = watcher.snapshot()
        let events = ReloadEvents(status: await initialBuild(instance: instance))
        var loop = RebuildLoop(options: options.build, watcher: watcher, events: events,
                               startSnapshot: snapshot, instance: instance, report: report)
        loop.previews = options.previews
        do {
            try await serviceGroup(application: application(events: events), loop: loop).run()
        } catch {
            throw classify(error)
        }
    }

    /// The first build, reported like every other; its status seeds the live-reload stream.
    private func initialBuild(instance: String) async -> BuildStatus {
        let outcome = await BuildOutcome.build(options.build)
        switch outcome.result {
        case .success(let result):
            report(.built(result, seconds: outcome.seconds, initial: true))
            // A site found up to date was not derived: derive it now, so edits can be previewed.
            if result.upToDate { BuildOutcome.derivePreviewSoon(options.build) }
            return BuildStatus(build: "\(instance)-1", ok: true)
        case .failure(let list):
            report(.failed(list.diagnostics, seconds: outcome.seconds, initial: true))
            return BuildStatus(build: "\(instance)-0", ok: false, errors: list.diagnostics.map(\.description))
        }
    }

    private func application(events: ReloadEvents) -> some ApplicationProtocol {
        let router = PreviewRouter.make(root: options.output.standardizedFileURL.path, events: events,
                                        previews: options.previews)
        let host = options.host
        let report = self.report
        return Application(
            router: router,
            configuration: .init(address: .hostname(host, port: options.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                report(.listening(url: "http://\(Self.urlHost(host)):\(port)/", port: port))
            },
            logger: logger("brief.serve")
        )
    }

    private func serviceGroup(application: some ApplicationProtocol, loop: RebuildLoop) -> ServiceGroup {
        // Graceful shutdown runs in reverse order: the trigger, then the loop (closing the
        // live-reload streams), then the HTTP server, which can then drain its connections.
        var services: [ServiceGroupConfiguration.ServiceConfiguration] = [
            .init(service: application),
            .init(service: loop),
        ]
        if let trigger = options.shutdownTrigger {
            services.append(.init(service: trigger.service, successTerminationBehavior: .gracefullyShutdownGroup))
        }
        var configuration = ServiceGroupConfiguration(services: services,
                                                      gracefulShutdownSignals: options.gracefulShutdownSignals,
                                                      logger: logger("brief.serve.lifecycle"))
        configuration.maximumGracefulShutdownDuration = .seconds(5)
        return ServiceGroup(configuration: configuration)
    }

    private func logger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = options.logLevel
        return logger
    }

    /// Turns a bind failure into a message the user can act on.
    private func classify(_ error: any Error) -> PreviewError {
        if let io = error as? IOError {
            if io.errnoCode == EADDRINUSE { return .portInUse(host: options.host, port: options.port) }
            return .cannotListen(host: options.host, port: options.port, reason: String(cString: strerror(io.errnoCode)))
        }
        if error is SocketAddressError {
            return .cannotListen(host: options.host, port: options.port, reason: "unknown host")
        }
        return .failed("\(error)")
    }

    /// `host` as it goes in a URL (IPv6 literals in brackets).
    static func urlHost(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }
}
