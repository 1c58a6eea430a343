import BriefCore
import Synchronization

/// The warnings a long-running command has already printed, so that a rebuild repeats none of them:
/// `brief serve` shows a warning when it first appears, not after every save.
final class WarningMemory: Sendable {
    private let seen = Mutex<Set<Diagnostic>>([])

    /// The warnings of `diagnostics` not shown before, in their order; remembers them as shown.
    func unseen(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        seen.withLock { seen in diagnostics.filter { seen.insert($0).inserted } }
    }
}
