import ArgumentParser

/// The `--quiet` / `--verbose` flags shared by every command.
struct Verbosity: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print warnings in full and progress as it happens.")
    var verbose = false

    /// The level these flags ask for.
    var level: Console.Level { quiet ? .quiet : verbose ? .verbose : .normal }

    mutating func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together.") }
    }
}
