import BriefServe
import Foundation

/// Runs a real ``PreviewServer`` on an ephemeral port for one test, then shuts it down
/// gracefully and removes the project: `try await PreviewHarness.with { harness in ... }`.
struct PreviewHarness: Sendable {
    let project: TestProject
    let port: Int
    let log: EventLog

    /// Starts a server on `project` (a new one by default), runs `body`, stops the server, cleans up.
    static func with(_ project: TestProject? = nil,
                     _ body: @Sendable (PreviewHarness) async throws -> Void) async throws {
        let project = try project ?? TestProject.make()
        defer { project.remove() }
        let log = EventLog()
        let trigger = ShutdownTrigger()
        var options = PreviewServer.Options(projectRoot: project.root, output: project.output, port: 0,
                                            gracefulShutdownSignals: [], shutdownTrigger: trigger)
        options.watcher.pollInterval = .milliseconds(100)
        let server = Task {
            defer { log.markEnded() }
            try await PreviewServer(options: options) { log.append($0) }.run()
        }
        do {
            // The server lists only after its first build; with the whole suite sharing two cores, that
            // build has taken over a minute (every serve test timed out at 60 s in one CI run).
            let port = try await log.port(within: .seconds(180))
            try await body(PreviewHarness(project: project, port: port, log: log))
        } catch {
            trigger.trigger()
            try await server.value  // the server's own error, when it is why the body failed
            throw error
        }
        trigger.trigger()
        try await server.value
    }

    /// `GET target` on the server, sent byte for byte.
    func get(_ target: String, headers: [String] = []) async throws -> RawResponse {
        try await RawConnection.get(target, port: port, headers: headers)
    }
}

/// Everything a server reported, in order, and a way to wait for the next report.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [PreviewEvent] = []
    private var ended = false

    func append(_ event: PreviewEvent) {
        lock.withLock { events.append(event) }
    }

    var all: [PreviewEvent] { lock.withLock { events } }

    /// Records that the server's `run()` returned, so nobody waits for reports that cannot come.
    func markEnded() {
        lock.withLock { ended = true }
    }

    private var hasEnded: Bool { lock.withLock { ended } }

    /// Waits until `match` finds something in the log, polling; throws after `limit`.
    func wait<T: Sendable>(within limit: Duration, for match: @Sendable ([PreviewEvent]) -> T?) async throws -> T {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if let found = match(all) { return found }
            if hasEnded { throw ServerEnded() }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TimedOut()
    }

    /// The port the server reported listening on.
    func port(within limit: Duration) async throws -> Int {
        try await wait(within: limit) { events in
            events.lazy.compactMap { event -> Int? in
                if case .listening(_, let port) = event { return port }
                return nil
            }.first
        }
    }
}

struct TimedOut: Error {}
struct ServerEnded: Error {}
