import ArgumentParser
import Foundation

/// The options that say which project to build and where: shared by `build` and `serve`.
struct ProjectOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The project folder (holding content/articles/).", valueName: "dir"))
    var source: String = "."

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder; relative to the project unless given.", valueName: "dir"))
    var output: String?

    @Flag(help: "Include articles marked `draft: true`.")
    var drafts = false

    /// The project folder as an absolute URL.
    var projectRoot: URL { URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL }

    /// The output folder: `--output` from the working directory, else `site/` in the project.
    var outputFolder: URL {
        output.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? projectRoot.appendingPathComponent("site", isDirectory: true)
    }
}
