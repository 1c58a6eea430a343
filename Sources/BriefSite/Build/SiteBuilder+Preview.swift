import BriefCore
import Foundation

extension SiteBuilder {
    /// Derives the project as a caching build does, without rendering or writing anything, and keeps
    /// what previews of edited articles read in `options.preview`: how `brief serve` gets ready to
    /// preview when the site it starts on was already up to date (so no build derived anything).
    /// Does nothing when `options.preview` is nil or already holds a build's.
    public static func derivePreview(_ options: Options) throws(DiagnosticList) {
        guard let preview = options.preview, preview.current == nil else { return }
        let cacheFolder = options.projectRoot.standardizedFileURL.appendingPathComponent(UpToDateCheck.cacheFolder)
        let store = AnalysisStore(cacheFolder: cacheFolder, tool: options.tool + " " + UpToDateCheck.binaryStamp,
                                  memory: options.analyses)
        let theme: Theme
        do {
            theme = try Theme.load(projectRoot: options.projectRoot)
        } catch {
            throw DiagnosticList([error])
        }
        let compiled = try CompiledTheme(theme)
        let project = try ProjectLoader.load(projectRoot: options.projectRoot, includeDrafts: options.includeDrafts,
                                             cache: nil, store: store, meter: nil, parsed: options.parsed)
        options.analyses?.endBuild()
        preview.keepUnlessKept(ArticlePreview.Base(briefing: project.briefing, index: BriefingIndex(project.briefing)),
                               theme: compiled)
        FreedMemory.release()
    }
}
