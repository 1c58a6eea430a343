import BriefSite
import Foundation
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
    /// Where provisional pages of edited articles are served before each rebuild, or nil for none.
    public var previews: PreviewPages?

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

    /// Two tasks: one watches and previews each change at once, even while a rebuild runs; the
    /// other rebuilds, once per change, or once for all the changes made during a rebuild.
    private func loop() async throws {
        let (changed, signal) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { signal.finish() }
                var snapshot = startSnapshot
                var generation = 1
                while true {
                    let next = try await watcher.nextChange(after: snapshot)
                    let changes = next.changes(from: snapshot)
                    report(.changed(changes))
                    snapshot = next
                    generation += 1
                    await preview(changes, generation: generation)
                    signal.yield(generation)
                }
            }
            group.addTask {
                for await generation in changed { await rebuild(generation: generation) }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// When only articles the last build published changed, serves their provisional pages and
    /// tells the browsers to reload (``ArticlePreviewer``); otherwise does nothing.
    func preview(_ changes: [String], generation: Int) async {
        guard let previews, let kept = options.preview?.current else { return }
        let clock = ContinuousClock()
        let start = clock.now
        let options = self.options
        guard let pages = await BuildOutcome.onPreviewQueue({
            ArticlePreviewer.pages(changed: changes, projectRoot: options.projectRoot, includeDrafts: options.includeDrafts, kept: kept)
        }) else { return }
        previews.show(pages)
        report(.previewed(pages.map(\.path), seconds: BuildOutcome.seconds(clock.now - start)))
        await events.publish(.preview, status: BuildStatus(build: "\(instance)-\(generation)-preview", ok: true))
    }

    /// One rebuild: report it and publish its outcome.
    func rebuild(generation: Int) async {
        let started = Date()
        let outcome = await BuildOutcome.build(options)
        // The rebuilt site, or the last good one, is served as it is; a preview made while the
        // build ran stays until the next build, which is on its way.
        previews?.clear(madeBefore: started)
        if !outcome.succeeded { options.preview?.forget() }  // previews would hide the errors
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
