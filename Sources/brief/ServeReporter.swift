import BriefCore
import BriefServe
import BriefSite
import Foundation

/// Prints what the preview server does: where it listens, each rebuild with its time, and
/// errors as `file:line: error: message`.
struct ServeReporter: Sendable {
    let console: Console
    let output: URL
    let openBrowser: Bool
    /// Warnings already printed: a rebuild prints only new ones.
    let warnings = WarningMemory()

    /// Prints `event` (and opens the browser once the server listens, when asked).
    func report(_ event: PreviewEvent) {
        show(event)
        fflush(nil)  // a long-running command: each line as it happens, even into a pipe or a file
    }

    private func show(_ event: PreviewEvent) {
        switch event {
        case .listening(let url, _):
            console.summary("Serving \(console.displayPath(output)) at \(url) (Ctrl-C to stop)")
            if openBrowser { BrowserOpener.open(url) }
        case .changed(let paths):
            console.progress("Changed: \(paths.joined(separator: ", "))")
        case .previewed(let paths, let seconds):
            console.summary("Previewed \(paths.joined(separator: ", ")) in \(Int((seconds * 1000).rounded())) ms; rebuilding")
        case .built(let result, let seconds, let initial):
            warnings.unseen(result.warnings).forEach(console.warning)
            console.summary(initial
                ? "Built \(result.articles) \(plural(result.articles, "article")), \(result.pages) \(plural(result.pages, "page")) in \(format(seconds)) s"
                : "Rebuilt in \(format(seconds)) s (\(result.analysed) of \(result.articles) \(plural(result.articles, "article")) analysed again)")
        case .failed(let diagnostics, let seconds, let initial):
            diagnostics.forEach(console.error)
            console.error(Diagnostic(message: (initial ? "build" : "rebuild")
                + " failed after \(format(seconds)) s; still serving the last good site (if any)"))
        case .stopping:
            console.summary("Stopping.")
        }
    }

    private func format(_ seconds: Double) -> String {
        String(format: "%.2f", seconds)
    }
}
