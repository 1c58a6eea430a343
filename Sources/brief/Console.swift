import BriefCore
import Foundation

/// Where the command line talks to its user: summaries on stdout, diagnostics on stderr.
struct Console: Sendable {
    /// How much to print.
    enum Level: Int, Sendable, Comparable {
        case quiet, normal, verbose
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    let verbosity: Level

    init(verbosity: Level) { self.verbosity = verbosity }

    /// The final one-line summary of a command (hidden by --quiet).
    func summary(_ line: String) {
        guard verbosity >= .normal else { return }
        print(line)
    }

    /// A progress line (only with --verbose).
    func progress(_ line: String) {
        guard verbosity >= .verbose else { return }
        printError(line)
    }

    /// A warning (hidden by --quiet; hints shown with --verbose).
    func warning(_ diagnostic: Diagnostic) {
        guard verbosity >= .normal else { return }
        var shown = diagnostic
        if verbosity < .verbose { shown.hint = nil }
        printError(shown.description)
    }

    /// An error, always shown with its hint.
    func error(_ diagnostic: Diagnostic) {
        printError(diagnostic.description)
    }

    /// `path` relative to the working directory when it is inside it.
    func displayPath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) + "/" }
        return path + "/"
    }

    private func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
