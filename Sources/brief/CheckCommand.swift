import ArgumentParser
import BriefCore
import BriefSite
import Foundation

/// `brief check`: what an editor should look at before publishing, without writing anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report what needs a look before publishing; writes nothing.",
        discussion: """
        Runs the whole build — articles, actor entries, extraction, every page rendered — in memory \
        and reports, grouped by file with line numbers: errors that stop a build; quotations without \
        a speaker whose sentence names someone; attributions inferred from a pronoun or a role (notes, listed with --verbose); \
        undated articles; dates that could not be placed; short names that could mean several \
        actors, with the entry that settles them; actors that look like one spelt two ways, with the \
        entry that merges them; likely non-entities; corrections that match no quotation; broken \
        links and anchors in Markdown articles.

        Exits 1 when there are errors (with --strict, warnings too), 0 otherwise.
        """
    )

    /// How the report is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .shortAndLong, help: ArgumentHelp("The project folder (holding content/articles/).", valueName: "dir"))
    var source: String = "."

    @Flag(help: "Check articles marked `draft: true` too.")
    var drafts = false

    @Flag(help: "Fail (exit 1) on warnings as well as errors.")
    var strict = false

    @Option(help: "text for people, json for tools.")
    var format: Format = .text

    @OptionGroup var verbosity: Verbosity

    func run() throws {
        let console = Console(verbosity: verbosity.level)
        let root = URL(fileURLWithPath: source, isDirectory: true).standardizedFileURL
        let report = ProjectChecker.check(projectRoot: root, includeDrafts: drafts)
        switch format {
        case .json:
            print(report.json())
        case .text:
            if console.verbosity == .quiet {
                if report.failed(strict: strict) { FileHandle.standardError.write(Data((report.summary + "\n").utf8)) }
            } else {
                print(report.text(hints: true, notes: console.verbosity == .verbose))
            }
        }
        if report.failed(strict: strict) { throw ExitCode.failure }
    }
}
