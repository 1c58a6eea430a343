import BriefCore
import CAtomicRename
import Foundation

/// Makes a staging folder beside the output for a build to write the new site into
/// (``StagingFolder``), then swaps it in with one atomic exchange, so the output is always either the
/// old site or the new one, never a mix. A file whose bytes did not change is hard-linked from the old
/// site instead of written again, so it keeps its modification time and inode: deploy tools and
/// caches see only what changed.
///
/// Over an old site the last build's record vouches for, the staging folder is an overlay that
/// receives only the changed files; committing it moves each into the output (one atomic rename per
/// file) and removes the files the new site no longer has, so a rebuild after a small edit touches a
/// few files instead of linking every file of the site into a new folder and removing the old one.
/// A larger change (``OverlayChanges/isSmall``) has the unchanged files linked into the overlay and
/// is swapped in whole. A build that fails before the commit leaves the output as it was either way.
public struct SiteWriter: Sendable {
    public let output: URL
    /// Counts the files as they are written, or nil.
    public let meter: BuildProgress?

    /// Creates the value from its parts.
    public init(output: URL, meter: BuildProgress? = nil) {
        self.output = output.standardizedFileURL
        self.meter = meter
    }

    /// A new, empty staging folder beside the output; an overlay over the old site when `site` (its
    /// files, walked before the build) is given.
    func stage(over site: FileTree? = nil) throws(Diagnostic) -> StagingFolder {
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(Self.stagingPrefix(for: output) + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw Diagnostic(message: "cannot create a build folder in \(parent.path): \(error.localizedDescription)",
                             hint: "Check that the folder exists and is writable.")
        }
        return StagingFolder(url: staging, previous: output, meter: meter, keeping: site)
    }

    /// The start of the name of every staging folder for `output` (`.site.building-`), beside it.
    public static func stagingPrefix(for output: URL) -> String {
        ".\(output.standardizedFileURL.lastPathComponent).building-"
    }

    /// Adds the brief marker to `staging` and swaps it in for the output. On failure the old site is
    /// untouched and `staging` is removed. An overlay's changes are applied to the output instead,
    /// and the output's files as they then are returned (nil after a swap); a failure part way
    /// leaves some files changed and others not, and the build's records are gone by then, so the
    /// next build makes the whole site again.
    @discardableResult
    func commit(_ staging: StagingFolder) throws(Diagnostic) -> FileTree? {
        if let changes = staging.overlayChanges() {
            if changes.isSmall {
                defer { discard(staging) }
                return try apply(changes, from: staging)
            }
            guard staging.linkFromPrevious(all: changes.kept) else {
                discard(staging)
                throw Diagnostic(message: "cannot link the unchanged files of \(output.path) into the new site",
                                 hint: "Check permissions on \(output.deletingLastPathComponent().path), or build with --no-cache.")
            }
        }
        do {
            try staging.write(OutputGuard.markerName, text: OutputGuard.markerContents)
            try swapIn(staging.url)
        } catch {
            discard(staging)
            throw error
        }
        return nil
    }

    /// Applies an overlay's `changes` to the output: the stale files removed first (so a new file can
    /// take the place of an old folder, and the reverse), with the folders they leave empty; then each
    /// written file renamed into place. Returns the output's files as they now are.
    private func apply(_ changes: OverlayChanges, from staging: StagingFolder) throws(Diagnostic) -> FileTree {
        var files = changes.keeping
        let root = output.path
        var emptied: Set<String> = []
        for path in changes.stale {
            guard unlink(root + "/" + path) == 0 || errno == ENOENT else { throw failure("remove \(path) from", errno) }
            files[path] = nil
            var folder = Substring(path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                emptied.insert(String(folder))
            }
        }
        for folder in emptied.sorted(by: >) { rmdir(root + "/" + folder) }  // deeper first; fails on a folder still in use
        var made: Set<String> = []
        for path in changes.written {
            try makeFolders(of: path, made: &made)
            let target = root + "/" + path
            guard rename(staging.url.path + "/" + path, target) == 0 else { throw failure("move \(path) into", errno) }
            guard let stamp = FileStamp(path: target) else { throw failure("read \(path) in", errno) }
            files[path] = stamp
        }
        if files[OutputGuard.markerName] == nil {
            let marker = root + "/" + OutputGuard.markerName
            do {
                try Data(OutputGuard.markerContents.utf8).write(to: URL(fileURLWithPath: marker))
            } catch {
                throw Diagnostic(message: "cannot write \(marker): \(error.localizedDescription)",
                                 hint: "Check permissions on \(root).")
            }
            files[OutputGuard.markerName] = FileStamp(path: marker)
        }
        return FileTree(entries: files.map { FileTree.Entry(path: $0.key, stamp: $0.value) })
    }

    /// Makes the output's folders `path` is in that are not there yet, remembering them in `made`.
    private func makeFolders(of path: String, made: inout Set<String>) throws(Diagnostic) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard !made.contains(folder) else { return }
        try FolderMaker.make(output.path + "/" + folder)
        made.insert(folder)
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
