import BriefCore
import Synchronization

/// What `brief serve` keeps of its last build for previews of edited articles (``ArticlePreviewer``):
/// what an article's page reads of the briefing (``ArticlePreview/Base``), and the compiled theme.
/// Kept while the next build runs, so edits made meanwhile are previewed too; replaced once that
/// build's site is swapped in.
public final class PreviewSource: Sendable {
    /// The last build's briefing, lookups and theme.
    public struct Kept: Sendable {
        public let base: ArticlePreview.Base
        public let theme: CompiledTheme
    }

    private struct State {
        var current: Kept?
        /// Kept by a build whose site is not swapped in yet.
        var pending: Kept?
    }

    private let state = Mutex(State())

    /// An empty source.
    public init() {}

    /// What the last build that was swapped in kept, or nil.
    public var current: Kept? { state.withLock { $0.current } }

    /// Lets go of what was kept (the last build failed: its site is not what is served).
    public func forget() {
        state.withLock { $0 = State() }
    }

    /// Keeps `base` and `theme` for when this build's site is swapped in (``confirm()``).
    func keep(_ base: ArticlePreview.Base, theme: CompiledTheme) {
        state.withLock { $0.pending = Kept(base: base, theme: theme) }
    }

    /// Keeps `base` and `theme` as current when nothing is kept or pending (``SiteBuilder/derivePreview(_:)``).
    func keepUnlessKept(_ base: ArticlePreview.Base, theme: CompiledTheme) {
        state.withLock { state in
            guard state.current == nil, state.pending == nil else { return }
            state.current = Kept(base: base, theme: theme)
        }
    }

    /// This build's site is swapped in: what it kept becomes current.
    func confirm() {
        state.withLock { $0 = State(current: $0.pending, pending: nil) }
    }
}
