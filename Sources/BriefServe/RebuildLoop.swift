import BriefSite
import ServiceLifecycle

/// The preview's watch–rebuild–notify cycle, run as a service beside the HTTP server: waits for
/// the inputs to change, rebuilds (one build at a time; the builder swaps the new site in
/// atomically), reports to the terminal and tells every browser to reload or show the errors.
///
/// On graceful shutdown it stops watching and closes every live-reload stream, so the HTTP
/// server can finish its open connections and exit.
public struct RebuildLoop: Service {
    /// What to build.
    public let options: SiteBuilder.Options
    /// What to watch.
    public let watcher: FileWatcher
    /// Where browsers listen.
    public let events: ReloadEvents
    /// Where the terminal listens.
    public let report: @Sendable (PreviewEvent) -> Void
    /// The inputs as they were when the last build started.
    public let startSnapshot: ProjectSnapshot
    /// Distinguishes this server's builds from another run's.
    public let instance: String

    /// A loop that rebuilds with `options` whenever `watcher` sees a change after `startSnapshot`.
    public init(options: SiteBuilder.Options, watcher: FileWatcher, events: ReloadEvents,
                startSnapshot: ProjectSnapshot, instance: String,
                report: @escaping @Sendable (PreviewEvent) -> Void) {
        self.options = options
        self.watcher = watcher
        self.events = events
        self.startSnapshot = startSnapshot
        self.instance = instance
        self.report = report
    }

    /// Runs until graceful shutdown or cancellation.
    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown { try await self.loop() }
        } catch is CancellationError {
            // Shutting down.
        }
        if Task.isShuttingDownGracefully { report(.stopping) }
        await events.close()
    }

    private func loop() async throws {
        var snapshot = startSnapshot
        var generation = 1
        while true {
            let next = try await watcher.nextChange(after: snapshot)
            report(.changed(next.changes(from: snapshot)))
            snapshot = next
            generation += 1
            await rebuild(generation: generation)
        }
    }

    /// One rebuild: report it and publish its outcome.
    func rebuild(generation: Int) async {
        let outcome = await BuildOutcome.build(options)
        switch outcome.result {
        case .success(let result):
            report(.built(result, seconds: outcome.seconds, initial: false))
            await events.publish(.reload, status: BuildStatus(build: "\(instance)-\(generation)", ok: true))
        case .failure(let list):
            report(.failed(list.diagnostics, seconds: outcome.seconds, initial: false))
            let current = await events.status
            await events.publish(.failed, status: BuildStatus(build: current.build, ok: false,
                                                             errors: list.diagnostics.map(\.description)))
        }
    }
}
