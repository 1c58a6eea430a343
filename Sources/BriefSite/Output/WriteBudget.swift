import Foundation
import Synchronization

/// A simulated disk that fills up: the bytes a build may still write before every write fails as a
/// full disk does (`ENOSPC`). Only tests set it, through the environment variable
/// `BRIEF_SIMULATE_DISK_FULL_AFTER=BYTES`, to check that a build failing mid-write leaves the
/// previous site whole and says what to do.
final class WriteBudget: Sendable {
    /// The environment variable that sets a budget.
    static let variable = "BRIEF_SIMULATE_DISK_FULL_AFTER"

    private let remaining: Mutex<Int>

    /// A budget of `bytes`.
    init(bytes: Int) {
        remaining = Mutex(max(0, bytes))
    }

    /// The budget the environment sets, or nil (a real disk).
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> WriteBudget? {
        environment[variable].flatMap { Int($0) }.map { WriteBudget(bytes: $0) }
    }

    /// Takes up to `count` bytes from the budget; returns how many may be written.
    func take(_ count: Int) -> Int {
        remaining.withLock { left in
            let granted = min(left, count)
            left -= granted
            return granted
        }
    }
}
