import BriefCore
import BriefSite
import Dispatch

/// The result of one build and how long it took.
public struct BuildOutcome: Sendable {
    /// What was built, or every error that stopped the build.
    public let result: Result<SiteBuilder.Result, DiagnosticList>
    /// Wall-clock seconds the build took, swap included.
    public let seconds: Double

    /// Whether the build succeeded (and so was swapped in).
    public var succeeded: Bool {
        if case .success = result { return true }
        return false
    }

    /// Runs ``SiteBuilder/build(_:)`` on a dedicated serial queue (one build at a time, and the
    /// CPU-bound build never blocks the threads that answer HTTP requests).
    public static func build(_ options: SiteBuilder.Options) async -> BuildOutcome {
        await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: buildNow(options))
            }
        }
    }

    /// Derives what previews read (``SiteBuilder/derivePreview(_:)``) on the builds' queue, after
    /// any build under way and before the next, without waiting for it; a failure is left to the
    /// next build to report.
    static func derivePreviewSoon(_ options: SiteBuilder.Options) {
        queue.async { try? SiteBuilder.derivePreview(options) }
    }

    /// Runs `work` on the previews' own queue, beside any build under way.
    static func onPreviewQueue<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            previewQueue.async { continuation.resume(returning: work()) }
        }
    }

    private static let previewQueue = DispatchQueue(label: "brief.serve.preview")

    /// `duration` in seconds.
    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    private static let queue = DispatchQueue(label: "brief.serve.rebuild")

    private static func buildNow(_ options: SiteBuilder.Options) -> BuildOutcome {
        let clock = ContinuousClock()
        let start = clock.now
        let result: Result<SiteBuilder.Result, DiagnosticList>
        do {
            result = .success(try SiteBuilder.build(options))
        } catch {
            result = .failure(error)
        }
        return BuildOutcome(result: result, seconds: seconds(clock.now - start))
    }
}
