import ArgumentParser
import BriefCore
import BriefSite
import Foundation

/// `brief build`: builds the site into the output folder, replacing it only when the build succeeds.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the briefing site from content/ into site/.",
        discussion: """
        Besides a page per article, the site derives what the articles say: actor profiles \
        (actors/), every quotation by speaker (quotes/), a timeline of dated events (timeline/), \
        feeds, a sitemap, a search index and data files (data/*.json, data/quotes.csv), each fact \
        linking to the paragraph it came from.

        Builds into a temporary folder beside the output and swaps it in at the end; after a \
        small change to a site the last build recorded, only the changed files are written \
        there and moved in. A failed build leaves the previous site untouched. Two builds of \
        the same input are identical.

        When nothing the build reads has changed since the last build (brief.yml, content/, \
        Templates/, this binary, the options) and the site it wrote is untouched, the build is \
        skipped and reported again: a manifest in .brief-cache/ records what that build read and \
        wrote. Otherwise an article unchanged since the last build is not analysed again (its \
        analysis is kept in .brief-cache/analyses/), and a page whose inputs did not change is \
        linked from the last site instead of rendered again; the site is the same as a clean \
        build's. --no-cache builds everything regardless, without reading or writing that cache.

        An article that cannot be read is a warning naming its file and line, and is left out; \
        --strict makes any warning fail the build. A problem with the project itself (settings, \
        templates, the output folder) always fails it. One build of an output folder runs at a time.
        """
    )

    @OptionGroup var project: ProjectOptions

    @OptionGroup var verbosity: Verbosity

    @Flag(help: "Build everything, reusing nothing from the last build.")
    var noCache = false
    @Flag(help: "Fail on any warning (an article left out, an unknown key), leaving the output folder as it was.")
    var strict = false

    func run() throws {
        let console = Console(verbosity: verbosity.level)
        let root = project.projectRoot
        let outputURL = project.outputFolder
        let clock = ContinuousClock()
        let start = clock.now
        let meter = ProgressLine.wanted(verbosity: console.verbosity) ? BuildProgress() : nil
        let options = SiteBuilder.Options(projectRoot: root, output: outputURL, includeDrafts: project.drafts,
                                          progress: { console.progress($0) }, meter: meter,
                                          manifest: noCache ? .record : .skipWhenUnchanged,
                                          tool: "brief " + (Brief.configuration.version), strict: strict)
        do {
            let result = try build(options)
            result.warnings.forEach(console.warning)
            let seconds = (clock.now - start).seconds
            if result.upToDate {
                console.summary(
                    "\(console.displayPath(outputURL)) is up to date: nothing changed since the last build "
                    + "(\(result.articles) \(plural(result.articles, "article")), \(result.pages) \(plural(result.pages, "page")); "
                    + "checked in \(String(format: "%.2f", seconds)) s, nothing written; --no-cache rebuilds it all)")
                return
            }
            console.summary(
                "Built \(result.articles) \(plural(result.articles, "article")), \(result.pages) \(plural(result.pages, "page")) "
                + "(\(result.files) files, \(ByteSize.text(result.bytes))) into \(console.displayPath(outputURL)) in \(String(format: "%.2f", seconds)) s"
                + (result.draftsSkipped > 0 ? "; \(result.draftsSkipped) \(plural(result.draftsSkipped, "draft")) left out (--drafts)" : ""))
        } catch {
            error.diagnostics.forEach(console.error)
            let kept = FileManager.default.fileExists(atPath: outputURL.path)
            console.error(Diagnostic(message: kept ? "build failed; \(console.displayPath(outputURL)) was left as it was"
                                                   : "build failed; nothing was written"))
            throw ExitCode.failure
        }
    }
}

extension BuildCommand {
    /// Builds the site, with a progress line when `options` carries a meter.
    func build(_ options: SiteBuilder.Options) throws(DiagnosticList) -> SiteBuilder.Result {
        guard let meter = options.meter else { return try SiteBuilder.build(options) }
        return try ProgressLine(meter).showing { () throws(DiagnosticList) in try SiteBuilder.build(options) }
    }
}

func plural(_ count: Int, _ word: String) -> String { count == 1 ? word : word + "s" }

extension Duration {
    /// The duration in seconds as a Double.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
