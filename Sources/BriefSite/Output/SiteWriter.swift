import BriefCore
import CAtomicRename
import Foundation

/// Makes a staging folder beside the output for a build to write the new site into
/// (``StagingFolder``), then swaps it in with one atomic exchange, so the output is always either the
/// old site or the new one, never a mix. A file whose bytes did not change is hard-linked from the old
/// site instead of written again, so it keeps its modification time and inode: deploy tools and
/// caches see only what changed.
public struct SiteWriter: Sendable {
    public let output: URL
    /// Counts the files as they are written, or nil.
    public let meter: BuildProgress?

    /// Creates the value from its parts.
    public init(output: URL, meter: BuildProgress? = nil) {
        self.output = output.standardizedFileURL
        self.meter = meter
    }

    /// A new, empty staging folder beside the output.
    public func stage() throws(Diagnostic) -> StagingFolder {
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(Self.stagingPrefix(for: output) + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw Diagnostic(message: "cannot create a build folder in \(parent.path): \(error.localizedDescription)",
                             hint: "Check that the folder exists and is writable.")
        }
        return StagingFolder(url: staging, previous: output, meter: meter)
    }

    /// The start of the name of every staging folder for `output` (`.site.building-`), beside it.
    public static func stagingPrefix(for output: URL) -> String {
        ".\(output.standardizedFileURL.lastPathComponent).building-"
    }

    /// Adds the brief marker to `staging` and swaps it in for the output. On failure the old site is
    /// untouched and `staging` is removed.
    public func commit(_ staging: StagingFolder) throws(Diagnostic) {
        do {
            try staging.write(OutputGuard.markerName, text: OutputGuard.markerContents)
            try swapIn(staging.url)
        } catch {
            discard(staging)
            throw error
        }
    }

    /// Removes `staging` (a build that failed).
    public func discard(_ staging: StagingFolder) {
        try? FileManager.default.removeItem(at: staging.url)
    }

    /// Exchanges `staging` with the output (or renames it when there is no output yet), then removes the old site.
    private func swapIn(_ staging: URL) throws(Diagnostic) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: output.path) else {
            guard rename(staging.path, output.path) == 0 else { throw failure("rename", errno) }
            return
        }
        if brief_exchange_paths(staging.path, output.path) == 0 {
            try? manager.removeItem(at: staging)  // now holds the old site
            return
        }
        let exchangeError = errno
        guard exchangeError == ENOSYS || exchangeError == EINVAL else { throw failure("swap in", exchangeError) }
        // No atomic exchange on this file system: two renames, restoring the old site if the second fails.
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
        guard rename(output.path, old.path) == 0 else { throw failure("move aside", errno) }
        guard rename(staging.path, output.path) == 0 else {
            let error = errno
            _ = rename(old.path, output.path)
            throw failure("swap in", error)
        }
        try? manager.removeItem(at: old)
    }

    private func failure(_ step: String, _ code: Int32) -> Diagnostic {
        Diagnostic(message: "cannot \(step) the new site at \(output.path): \(String(cString: strerror(code)))",
                   hint: "Check permissions on \(output.deletingLastPathComponent().path).")
    }
}
