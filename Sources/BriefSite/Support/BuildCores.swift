import Foundation

/// How many cores a build spreads its work over: the cores the process may use (``UsableCores``),
/// or the number (1 to 64) in the environment variable `BRIEF_CORES` — `BRIEF_CORES=1` builds on
/// one core, `BRIEF_CORES=4` on four threads even where fewer cores run them, which a test uses to
/// check that the site does not depend on the number of cores. Read once per process.
enum BuildCores {
    /// The environment variable that limits the cores.
    static let variable = "BRIEF_CORES"

    /// The number of cores to use.
    static let count: Int = resolve(environment: ProcessInfo.processInfo.environment[variable], usable: UsableCores.count)

    /// The cores to use when the variable holds `value` and `usable` cores are there.
    static func resolve(environment value: String?, usable: Int) -> Int {
        let usable = max(1, usable)
        guard let value, let wanted = Int(value.trimmingCharacters(in: .whitespaces)), (1...64).contains(wanted) else { return usable }
        return wanted
    }
}
