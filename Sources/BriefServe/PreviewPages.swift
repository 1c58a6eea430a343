import BriefSite
import Foundation
import Synchronization

/// The provisional pages of edited articles the preview serves in place of the site's files until
/// the full rebuild is swapped in (``ArticlePreviewer``). They are never written into the site.
public final class PreviewPages: Sendable {
    private struct Page {
        let html: [UInt8]
        let made: Date
    }

    private let pages = Mutex<[String: Page]>([:])

    /// None yet.
    public init() {}

    /// Serves `previewed` from now on, with the pages shown before.
    func show(_ previewed: [ArticlePreviewer.PreviewPage]) {
        let now = Date()
        pages.withLock { pages in
            for page in previewed { pages[page.path] = Page(html: page.html, made: now) }
        }
    }

    /// Serves the site's own files again in place of the pages previewed before `start` (a rebuild
    /// that started then is swapped in, or failed), or of every page.
    func clear(madeBefore start: Date = .distantFuture) {
        pages.withLock { $0 = $0.filter { $0.value.made >= start } }
    }

    /// The provisional page at `path` (relative to the output folder, segments joined by `/`) as
    /// served, or nil.
    func file(at path: String, real: String) -> SiteFile? {
        guard let page = pages.withLock({ $0[path] }) else { return nil }
        return SiteFile(path: real, isFolder: false, bytes: LiveReloadScript.inject(into: page.html), modificationDate: page.made)
    }
}
