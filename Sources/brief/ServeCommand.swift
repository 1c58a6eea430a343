import ArgumentParser
import BriefCore
import BriefServe
import BriefSite
import Foundation

/// `brief serve`: builds, serves the site on localhost, rebuilds on every change and reloads the browser.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build, serve it locally, rebuild and reload on every change.",
        discussion: """
        Watches content/, Templates/ and brief.yml. Each change rebuilds the site into the output \
        folder as `brief build` does (only the changed files replaced) and reloads open pages; a failed rebuild is \
        printed here and shown over the page, while the last good site stays served. An edit to \
        published articles shows first as a preview of their pages, made at once against the last \
        build (a name new to the article is linked to no one until the rebuild); the full rebuild \
        then reloads the pages again. The reload \
        script is added to pages as they are served, never written into the site. Ctrl-C stops.
        """
    )

    @OptionGroup var project: ProjectOptions

    @Option(help: "The port to listen on (0 picks a free one).")
    var port: Int = 8000

    @Option(help: ArgumentHelp("The address to listen on; 0.0.0.0 makes the preview visible to other machines.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Flag(help: "Open the site in the browser (xdg-open) once it is served.")
    var open = false

    @OptionGroup var verbosity: Verbosity

    mutating func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        let console = Console(verbosity: verbosity.level)
        let root = project.projectRoot
        let outputURL = project.outputFolder
        var options = PreviewServer.Options(projectRoot: root, output: outputURL, includeDrafts: project.drafts,
                                            host: host, port: port,
                                            logLevel: verbosity.level == .verbose ? .info : .error)
        options.tool = "brief " + Brief.configuration.version
        let reporter = ServeReporter(console: console, output: outputURL, openBrowser: open)
        do {
            try await PreviewServer(options: options, report: { reporter.report($0) }).run()
        } catch {
            if case .refusedOutput(let diagnostic) = error {
                console.error(diagnostic)
            } else {
                console.error(Diagnostic(message: error.description, hint: hint(for: error)))
            }
            throw ExitCode.failure
        }
    }

    private func hint(for error: PreviewError) -> String? {
        switch error {
        case .portInUse(_, let port):
            "try brief serve --port \(port == 65535 ? 8000 : port + 1) (or --port 0 for any free port)"
        case .cannotListen:
            "check --host and --port."
        case .failed, .refusedOutput:
            nil
        }
    }
}
