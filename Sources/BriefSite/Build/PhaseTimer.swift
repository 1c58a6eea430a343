/// Times the phases of a long job and reports each as it ends ("Loaded 10000 articles in 0.91 s").
struct PhaseTimer {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private let report: (String) -> Void

    init(report: @escaping (String) -> Void) {
        self.report = report
        self.start = clock.now
    }

    /// Reports `what` with the time since the previous phase ended, and starts the next phase.
    mutating func end(_ what: String) {
        let now = clock.now
        let elapsed = now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        report("\(what) in \(milliseconds) ms")
        start = now
    }
}
