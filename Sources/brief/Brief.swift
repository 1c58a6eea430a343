import ArgumentParser
import Foundation

/// The `brief` command: turns a folder of news articles into a static briefing site.
@main
struct Brief: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn a folder of news articles into a static briefing site.",
        discussion: """
        A project holds content/articles/ (.txt or .md articles), an optional brief.yml
        (title, description, baseURL, language) and an optional Templates/ folder that
        overrides the built-in theme file by file. `brief init` starts one.
        """,
        version: "0.1.0",
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, AnalyzeCommand.self, EvalCommand.self, ExplainCommand.self],
        defaultSubcommand: nil
    )

    /// Checks the command's name first (a suggestion for a misspelt one), then runs it.
    static func main() async {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName }
        if let problem = SubcommandCheck(commands: names).problem(in: Array(CommandLine.arguments.dropFirst())) {
            FileHandle.standardError.write(Data((problem + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        await main(nil)
    }
}
