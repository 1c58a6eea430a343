import BriefSite
import Foundation

/// Notices changes to a project's inputs by polling (portable, and cheap for the few hundred
/// files of a project): a snapshot every ``pollInterval``; once something changed, it waits until
/// nothing has changed for ``quietPeriod`` so that several quick saves give one rebuild.
public struct FileWatcher: Sendable {
    /// The inputs of a brief project: its content, its templates and its settings.
    public static let projectInputs = ["content", Theme.folderName, "brief.yml"]

    /// The project folder.
    public var root: URL
    /// Files and folders watched, relative to ``root``.
    public var watched: [String]
    /// How often to look while nothing is happening.
    public var pollInterval: Duration
    /// How long the inputs must stay unchanged before a change is reported.
    public var quietPeriod: Duration
    /// How often to look while waiting for the quiet period.
    public var settleInterval: Duration
    /// Where snapshots come from instead of the file system, for tests that must not depend on
    /// how fast a loaded machine writes files.
    var source: (@Sendable () -> ProjectSnapshot)?

    /// A watcher of `watched` under `root` (the project's inputs by default).
    public init(root: URL, watched: [String] = FileWatcher.projectInputs,
                pollInterval: Duration = .milliseconds(200), quietPeriod: Duration = .milliseconds(150),
                settleInterval: Duration = .milliseconds(50)) {
        self.root = root
        self.watched = watched
        self.pollInterval = pollInterval
        self.quietPeriod = quietPeriod
        self.settleInterval = settleInterval
    }

    /// The inputs as they are now.
    public func snapshot() -> ProjectSnapshot {
        source?() ?? ProjectSnapshot.take(root: root, watched: watched)
    }

    /// Waits until the inputs differ from `old` and then stay put for ``quietPeriod``; returns the
    /// settled snapshot. A burst that ends where it started (a temporary file come and gone) is
    /// ignored. Throws `CancellationError` when the task is cancelled.
    public func nextChange(after old: ProjectSnapshot) async throws -> ProjectSnapshot {
        while true {
            var current = old
            while current == old {
                try await Task.sleep(for: pollInterval)
                current = snapshot()
            }
            let settled = try await settle(current)
            if settled != old { return settled }
        }
    }

    /// Polls every ``settleInterval`` until a whole ``quietPeriod`` passes without a change.
    private func settle(_ start: ProjectSnapshot) async throws -> ProjectSnapshot {
        let clock = ContinuousClock()
        var current = start
        var lastChange = clock.now
        while clock.now - lastChange < quietPeriod {
            try await Task.sleep(for: settleInterval)
            let next = snapshot()
            if next != current {
                current = next
                lastChange = clock.now
            }
        }
        return current
    }
}
