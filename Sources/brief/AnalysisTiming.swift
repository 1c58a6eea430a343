import BriefCore
import BriefEvaluation
import BriefSite
import Foundation

/// How fast the analysis ran: wall-clock time on every core, and the process's CPU time, from
/// which the throughput per core follows (the figure issue 5 asks for: ≥ 5 MB/s per core).
struct AnalysisTiming {
    let documents: Int
    let bytes: Int
    let seconds: Double
    let cpuSeconds: Double
    let cores: Int

    /// Megabytes (10⁶ bytes) of text per wall-clock second.
    var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
    /// Megabytes of text per CPU second: the throughput of one core.
    var megabytesPerCPUSecond: Double { cpuSeconds > 0 ? Double(bytes) / 1e6 / cpuSeconds : 0 }

    /// Analyses `inputs` on every core and times it.
    static func measure(_ inputs: [AnalysisInput]) -> (records: [AnalysisRecord], timing: AnalysisTiming) {
        let clock = ContinuousClock()
        let cpuStart = processCPUSeconds()
        let start = clock.now
        let records = BatchAnalyzer.analyze(inputs)
        let seconds = (clock.now - start).seconds
        let cpuSeconds = processCPUSeconds() - cpuStart
        let bytes = inputs.reduce(0) { $0 + $1.text.utf8.count }
        return (records, AnalysisTiming(documents: inputs.count, bytes: bytes, seconds: seconds, cpuSeconds: cpuSeconds,
                                        cores: UsableCores.count))
    }

    /// The CPU time (user + system) this process has used, all threads together.
    private static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The figures for `--json`.
    var json: JSONValue {
        .object([("documents", .int(documents)), ("bytes", .int(bytes)), ("seconds", .double(seconds)),
                 ("mb_per_s", .double(megabytesPerSecond)), ("cpu_seconds", .double(cpuSeconds)),
                 ("mb_per_cpu_s", .double(megabytesPerCPUSecond)), ("cores", .int(cores))])
    }
}
