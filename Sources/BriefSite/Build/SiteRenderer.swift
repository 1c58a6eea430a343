import BriefCore

/// Renders a briefing's pages with a compiled theme and writes them, then the feeds, sitemap, data
/// files, search index and the theme's assets, into a staging folder as they are made: each page is
/// derived, rendered and written on one of the cores and dropped, and the large downloads are written
/// piece by piece, so the site is never held whole in memory.
public enum SiteRenderer {
    /// Writes every file of the site into `folder`, rendering every page; `meter` counts the pages
    /// as they are rendered. Reports every distinct rendering error at once, in page order.
    public static func render(_ briefing: Briefing, theme: Theme, compiled: CompiledTheme, into folder: StagingFolder,
                              meter: BuildProgress? = nil) throws(DiagnosticList) {
        try render(briefing, theme: theme, compiled: compiled, into: folder, meter: meter, reuse: nil)
    }

    /// Writes every file of the site into `folder`; `meter` counts the pages as they are rendered.
    /// With `reuse`, the pages of an item whose inputs did not change since the last build are linked
    /// from the old site instead of rendered. Reports every distinct rendering error at once, in page order.
    /// With `preview`, the briefing and its lookups are kept there once every page is rendered.
    static func render(_ briefing: Briefing, theme: Theme, compiled: CompiledTheme, into folder: StagingFolder,
                       meter: BuildProgress? = nil, reuse: PageReuse?, preview: PreviewSource? = nil) throws(DiagnosticList) {
        let settings = briefing.settings
        let index = BriefingIndex(briefing)
        let groups = SiteDeriver.groups(for: briefing, index: index)
        let items = groups.indices.flatMap { group in (0..<groups[group].count).map { (group, $0) } }
        let made = items.concurrentMap { group, position -> (routes: [Route], errors: [Diagnostic]) in
            var inputs: PageInputs?
            var digest: UInt64?
            if let reuse, let named = groups[group].inputs {
                inputs = named(position)
                digest = inputs.flatMap(reuse.digest)
                if let inputs, let digest, reuse.reuse(inputs, digest: digest, into: folder) {
                    for _ in inputs.routes { meter?.tick(.pages) }
                    return (inputs.routes, [])
                }
            }
            var routes: [Route] = []
            var errors: [Diagnostic] = []
            for page in groups[group].pages(position) {
                defer { meter?.tick(.pages) }
                routes.append(page.route)
                do throws(Diagnostic) {
                    try folder.write(page.route.outputPath, bytes: try compiled.renderBytes(page, settings: settings))
                } catch {
                    errors.append(error)
                }
            }
            if let reuse, let inputs, let digest, errors.isEmpty, routes == inputs.routes {
                reuse.record(inputs.id, digest: digest)
            }
            return (routes, errors)
        }
        meter?.finish(.pages)
        var errors: [Diagnostic] = []
        for error in made.flatMap({ $0.errors }) where !errors.contains(error) { errors.append(error) }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        preview?.keep(ArticlePreview.Base(briefing: briefing, index: index), theme: compiled)
        let failures = PublishedFiles.jobs(for: briefing, routes: made.flatMap { $0.routes }).concurrentMap { job in
            write(job, into: folder, reuse: reuse)
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw DiagnosticList([failure]) }
        for (path, file) in theme.assets.sorted(by: { $0.key < $1.key }) {
            do {
                try folder.write(path, bytes: file.contents)
            } catch {
                throw DiagnosticList([error])
            }
        }
    }

    /// Runs the published-files `job` into `folder`, or, with `reuse` and a job whose inputs did not
    /// change since the last build, links the files it wrote then; the first error met, or nil.
    private static func write(_ job: PublishedFiles.Job, into folder: StagingFolder, reuse: PageReuse?) -> Diagnostic? {
        let inputs = reuse == nil ? nil : job.inputs?()
        let digest = inputs.flatMap { reuse?.digest($0) }
        if let reuse, let inputs, let digest, reuse.reuseFiles(inputs, digest: digest, into: folder) { return nil }
        var sink: any PublishedFileSink = folder.sink()
        job.write(&sink)
        guard let staged = sink as? StagedFileSink else { return nil }
        if let reuse, let inputs, let digest, staged.failure == nil {
            reuse.record(inputs.id, digest: digest, files: staged.paths)
        }
        return staged.failure
    }
}
