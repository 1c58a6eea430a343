import BriefCore
import Foundation

/// Renders the provisional pages of edited articles for `brief serve` (``ArticlePreview``): each
/// changed article read, analysed and rendered against the last build, in milliseconds, so the edit
/// shows before the full rebuild ends. Only edits to articles the last build published qualify.
public enum ArticlePreviewer {
    /// One provisional page: where it goes in the site and its HTML.
    public struct PreviewPage: Sendable, Equatable {
        /// The page's file, relative to the output folder (`articles/SLUG/index.html`).
        public let path: String
        public let html: [UInt8]

        /// Creates the value from its parts.
        public init(path: String, html: [UInt8]) {
            self.path = path
            self.html = html
        }
    }

    /// The pages of the articles at `changed` (paths relative to the project) against `kept`; nil
    /// when any change is something else (a template, a setting, an actor entry, a sidecar), an
    /// article the last build did not publish under that slug, or one that does not load: those wait
    /// for the full rebuild.
    public static func pages(changed: [String], projectRoot: URL, includeDrafts: Bool, kept: PreviewSource.Kept) -> [PreviewPage]? {
        guard !changed.isEmpty else { return nil }
        let corrections = (try? CorrectionsLoader.load(projectRoot: projectRoot))?.corrections.quotes ?? []
        var pages: [PreviewPage] = []
        for path in changed {
            guard path.hasPrefix(ContentScanner.articlesFolder + "/"), ContentScanner.isArticle(path),
                  let slug = kept.base.slug(ofSource: path),
                  let loaded = try? ArticleLoader.load(ContentScanner.source(at: path, projectRoot: projectRoot)),
                  loaded.wantedSlug == slug, includeDrafts || !loaded.article.metadata.draft
            else { return nil }
            var article = loaded.article
            article.slug = slug
            let derivation = ArticleDerivation(article).forSite
            guard let page = ArticlePreview.page(article, derivation: derivation, corrections: corrections, base: kept.base),
                  let html = try? kept.theme.renderBytes(page, settings: kept.base.settings)
            else { return nil }
            pages.append(PreviewPage(path: page.route.outputPath, html: html))
        }
        return pages
    }
}
