import BriefCore
import Synchronization

/// Values one process's builds (`brief serve`) keep in memory for the next build, by a key that
/// names everything they were made from: the analysis of each article by the ``AnalysisStore``'s
/// key, each article as parsed from its source's bytes. A rebuild after an edit finds the unchanged
/// ones here instead of reading or making them again. After each build only what that build used is
/// kept, so it never outgrows the project.
public final class BuildMemory<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var kept: [Key: Value] = [:]
        var used: [Key: Value] = [:]
    }

    private let state = Mutex(State())

    /// An empty memory.
    public init() {}

    /// The value kept under `key` by the last build, or nil; noted as used by this one.
    func find(_ key: Key) -> Value? {
        state.withLock { state in
            guard let found = state.kept[key] else { return nil }
            state.used[key] = found
            return found
        }
    }

    /// Keeps `value` under `key` for the next build.
    func keep(_ value: Value, as key: Key) {
        state.withLock { $0.used[key] = value }
    }

    /// The value kept under `key`, or `make()` kept for the next build.
    func value(for key: Key, make: () throws(Diagnostic) -> Value) throws(Diagnostic) -> Value {
        if let found = find(key) { return found }
        let made = try make()
        keep(made, as: key)
        return made
    }

    /// Ends a build: what it used is what the next build finds.
    func endBuild() {
        state.withLock { state in state = State(kept: state.used, used: [:]) }
    }

    /// How many values the next build can find.
    public var count: Int { state.withLock { $0.kept.count } }
}
