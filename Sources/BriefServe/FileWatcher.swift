import BriefSite
import Foundation

/// Notices changes to a project's inputs: told by the kernel once ``listening()`` (``ChangeNotifier``,
/// Linux), otherwise by polling, a snapshot every ``pollInterval``. Once something changed, it waits
/// until nothing has changed for ``quietPeriod`` so that several quick saves give one rebuild.
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
    /// The kernel's word on what changed, once ``listening()``; nil while the watcher polls.
    var notifier: ChangeNotifier?
    /// How often the notifier is asked while nothing is happening.
    static let eventInterval = Duration.milliseconds(10)

    /// A watcher of `watched` under `root` (the project's inputs by default).
    public init(root: URL, watched: [String] = FileWatcher.projectInputs,
                pollInterval: Duration = .milliseconds(200), quietPeriod: Duration = .milliseconds(60),
                settleInterval: Duration = .milliseconds(50)) {
        self.root = root
        self.watched = watched
        self.pollInterval = pollInterval
        self.quietPeriod = quietPeriod
        self.settleInterval = settleInterval
    }

    /// This watcher told of changes by the kernel from now on, where it can be (``ChangeNotifier``);
    /// otherwise the same watcher, polling. Take the first snapshot after this, so no change falls between.
    public func listening() -> FileWatcher {
        guard source == nil, notifier == nil else { return self }
        var watcher = self
        watcher.notifier = ChangeNotifier.start(root: root, watched: watched)
        return watcher
    }

    /// The inputs as they are now.
    public func snapshot() -> ProjectSnapshot {
        source?() ?? ProjectSnapshot.take(root: root, watched: watched)
    }

    /// Waits until the inputs differ from `old` and then stay put for ``quietPeriod``; returns the
    /// settled snapshot. A burst that ends where it started (a temporary file come and gone) is
    /// ignored. Throws `CancellationError` when the task is cancelled.
    public func nextChange(after old: ProjectSnapshot) async throws -> ProjectSnapshot {
        if let notifier { return try await nextChange(after: old, told: notifier) }
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

    /// ``nextChange(after:)`` told by `notifier`: the files it names looked at again, the whole
    /// project only when it cannot say which.
    private func nextChange(after old: ProjectSnapshot, told notifier: ChangeNotifier) async throws -> ProjectSnapshot {
        let clock = ContinuousClock()
        while true {
            var heard = notifier.drain()
            while heard == .nothing {
                try await Task.sleep(for: Self.eventInterval)
                heard = notifier.drain()
            }
            var lastChange = clock.now
            while clock.now - lastChange < quietPeriod {
                try await Task.sleep(for: Self.eventInterval)
                let more = notifier.drain()
                guard more != .nothing else { continue }
                lastChange = clock.now
                heard = Self.combined(heard, more)
            }
            let settled = switch heard {
            case .paths(let paths): old.updating(paths, root: root)
            default: snapshot()
            }
            if settled != old { return settled }
        }
    }

    /// Both of what was heard.
    static func combined(_ first: ChangeNotifier.Heard, _ second: ChangeNotifier.Heard) -> ChangeNotifier.Heard {
        switch (first, second) {
        case (.nothing, let other), (let other, .nothing): other
        case (.paths(let a), .paths(let b)): .paths(a.union(b))
        default: .everything
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
