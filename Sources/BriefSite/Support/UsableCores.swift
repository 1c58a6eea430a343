import Foundation

/// How many cores this process may run on: the CPU affinity list from `/proc/self/status`
/// (so `taskset -c 1 brief eval` reports one core), or the processor count where that is unreadable.
public enum UsableCores {
    /// The number of cores the scheduler lets this process use.
    public static var count: Int {
        let fallback = ProcessInfo.processInfo.activeProcessorCount
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let allowed = cpuCount(inStatus: status) else { return fallback }
        return min(allowed, fallback)
    }

    /// The count of CPUs in the `Cpus_allowed_list:` line of a `/proc/PID/status` text ("0-1,3" → 3).
    public static func cpuCount(inStatus status: String) -> Int? {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }) else { return nil }
        let list = line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces)
        var total = 0
        for part in list.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard let low = bounds.first ?? nil else { return nil }
            let high = bounds.count == 2 ? bounds[1] : low
            guard let high, high >= low, bounds.count <= 2 else { return nil }
            total += high - low + 1
        }
        return total > 0 ? total : nil
    }
}
