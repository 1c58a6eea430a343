import BriefCore

/// Renders a briefing's pages with a compiled theme, on all cores, and adds the theme's assets.
public enum SiteRenderer {
    /// Every file of the site, sorted by path; `meter` counts the pages as they are rendered.
    public static func files(for briefing: Briefing, theme: Theme, compiled: CompiledTheme,
                             meter: BuildProgress? = nil) throws(DiagnosticList) -> [OutputFile] {
        let pages = SiteDeriver.pages(for: briefing, mapper: ConcurrentMapper())
        let settings = briefing.settings
        meter?.start(.pages, total: pages.count)
        let rendered = pages.concurrentMap { page in
            defer { meter?.tick(.pages) }
            return Result { () throws(Diagnostic) in
                OutputFile(path: page.route.outputPath, text: try compiled.render(page, settings: settings))
            }
        }
        var files: [OutputFile] = []
        var errors: [Diagnostic] = []
        for result in rendered {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let error): if !errors.contains(error) { errors.append(error) }
            }
        }
        guard errors.isEmpty else { throw DiagnosticList(errors) }
        files += PublishedFiles.files(for: briefing, pages: pages, mapper: ConcurrentMapper())
            .map { OutputFile(path: $0.path, text: $0.text) }
        files += theme.assets.map { OutputFile(path: $0.key, bytes: $0.value.contents) }
        return files.sorted { $0.path < $1.path }
    }
}
