import BriefCore
import Synchronization

/// Remembers each article's analysis between builds of one process (`brief serve`), keyed by the
/// whole article: an unchanged article is not analysed again, an edited one is. After each build
/// only the articles of that build are kept, so the cache never outgrows the project.
public final class DerivationCache: Sendable {
    /// The analyses the next build may reuse, those this build used, and how many it had to make.
    private struct State {
        var kept: [Article: ArticleDerivation] = [:]
        var used: [Article: ArticleDerivation] = [:]
        var made = 0
    }

    private let state = Mutex(State())

    /// An empty cache.
    public init() {}

    /// The analysis of `article`, from the cache or made now.
    func derivation(of article: Article) -> ArticleDerivation {
        if let found = state.withLock({ $0.kept[article] }) {
            state.withLock { $0.used[article] = found }
            return found
        }
        let made = ArticleDerivation(article).forSite
        state.withLock {
            $0.used[article] = made
            $0.made += 1
        }
        return made
    }

    /// Ends a build: what it used is what the next build may reuse. Returns how many articles the
    /// build analysed afresh.
    @discardableResult
    func endBuild() -> Int {
        state.withLock { state in
            let made = state.made
            state = State(kept: state.used, used: [:], made: 0)
            return made
        }
    }

    /// The analysis of `article` kept from the last build, or nil (`brief check` reads what it computed).
    public func cached(_ article: Article) -> ArticleDerivation? { state.withLock { $0.kept[article] } }

    /// How many analyses the cache holds for the next build.
    public var count: Int { state.withLock { $0.kept.count } }
}
