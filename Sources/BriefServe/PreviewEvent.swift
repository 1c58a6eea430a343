import BriefCore
import BriefSite

/// What the preview server tells its user (the command line prints these).
public enum PreviewEvent: Sendable {
    /// The server is listening at `url` (the real port, when port 0 was asked for).
    case listening(url: String, port: Int)
    /// Watched files changed (paths relative to the project); a rebuild follows.
    case changed([String])
    /// Provisional pages of edited articles are served while the rebuild runs (their paths in the site).
    case previewed([String], seconds: Double)
    /// A build finished and was swapped in.
    case built(SiteBuilder.Result, seconds: Double, initial: Bool)
    /// A build failed; the previous site is still served.
    case failed([Diagnostic], seconds: Double, initial: Bool)
    /// Shutting down (Ctrl-C or SIGTERM).
    case stopping
}
