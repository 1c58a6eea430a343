import BriefSite
import Foundation
import Synchronization

/// The live progress line of `brief build` on a terminal: once the build has run for a second, a
/// line on stderr redrawn five times a second ("812/10000 articles analysed, … · 4.2 s"), erased
/// when the build ends so the summary line stands alone. Drawn by a thread of its own, reading the
/// build's ``BuildProgress``.
final class ProgressLine: Sendable {
    /// Whether a progress line belongs on this terminal: stderr is one, and neither --quiet nor
    /// --verbose (which prints a line per phase instead) was asked for.
    static func wanted(verbosity: Console.Level) -> Bool {
        verbosity == .normal && isatty(STDERR_FILENO) != 0
    }

    /// How long a build runs before the line appears, and how often it is redrawn.
    static let delay: Duration = .seconds(1)
    static let interval: Duration = .milliseconds(200)

    private let progress: BuildProgress
    private let stopped = Mutex(false)
    private let finished = DispatchSemaphore(value: 0)

    /// A line showing `progress`, not yet drawing.
    init(_ progress: BuildProgress) {
        self.progress = progress
    }

    /// Runs `work` with the line drawn beside it, and erases the line before returning.
    func showing<T, Failure: Error>(_ work: () throws(Failure) -> T) throws(Failure) -> T {
        let thread = Thread { [self] in draw() }
        thread.start()
        defer {
            stopped.withLock { $0 = true }
            finished.wait()
        }
        return try work()
    }

    /// The drawing loop: waits out the delay, redraws until stopped, then erases what it drew.
    private func draw() {
        let clock = ContinuousClock()
        let start = clock.now
        var drawn = false
        while !stopped.withLock({ $0 }) {
            Thread.sleep(forTimeInterval: Self.interval.seconds)
            let elapsed = clock.now - start
            guard elapsed >= Self.delay, !stopped.withLock({ $0 }) else { continue }
            write("\r\u{1B}[2K" + progress.snapshot.line(elapsed: elapsed.seconds))
            drawn = true
        }
        if drawn { write("\r\u{1B}[2K") }
        finished.signal()
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
