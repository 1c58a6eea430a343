import ArgumentParser
import BriefCore
import BriefSite
import Foundation

/// `brief init [DIR]`: starts a new briefing project with an example to build on.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new briefing project in an empty folder.",
        discussion: """
        Writes brief.yml (every setting explained), content/articles/ with a short example article, \
        content/actors/ with an example actor entry, and a .gitignore for site/ and .brief-cache/. \
        With --templates it also copies the default theme into Templates/, to customise. It never \
        overwrites a file: a folder that already holds something is refused.
        """
    )

    @Argument(help: ArgumentHelp("The folder of the new project; created when missing.", valueName: "dir"))
    var directory: String = "."

    @Flag(help: "Also copy the default theme into Templates/, to customise it file by file.")
    var templates = false

    @OptionGroup var verbosity: Verbosity

    func run() throws {
        let console = Console(verbosity: verbosity.level)
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        do {
            let started = try ProjectStarter.start(at: root, templates: templates)
            started.files.forEach { console.progress("wrote \($0)") }
            let shown = directory == "." ? "this folder" : console.displayPath(root)
            let move = directory == "." ? "" : "cd \(directory) && "
            console.summary("Started a briefing in \(shown) (\(started.files.count) files). Next: \(move)brief serve --open, "
                + "then replace the example in content/articles/ with your own articles.")
        } catch {
            console.error(error)
            throw ExitCode.failure
        }
    }
}
