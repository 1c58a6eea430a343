import ArgumentParser

/// The `brief` command: turns a folder of news articles into a static briefing site.
@main
struct Brief: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Turn a folder of news articles into a static briefing site.",
        discussion: """
        A project holds content/articles/ (.txt or .md articles), an optional brief.yml
        (title, description, baseURL, language) and an optional Templates/ folder that
        overrides the built-in theme file by file.
        """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, AnalyzeCommand.self, EvalCommand.self],
        defaultSubcommand: nil
    )
}
