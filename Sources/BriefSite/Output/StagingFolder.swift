import BriefCore
import Foundation
import Synchronization

/// The folder a build writes the new site into, beside the output, until ``SiteWriter`` swaps it in.
/// Files arrive from every core as they are made and are never held whole by the folder; each is
/// compared with the old site's copy on the way (``StreamedFile``), so an unchanged file is hard-linked
/// from the old site rather than written: it keeps its inode and modification time, and a rebuild
/// with nothing changed writes no file's bytes.
public final class StagingFolder: Sendable {
    /// What the folder holds so far.
    public struct Tally: Sendable, Equatable {
        /// Files in the folder (the brief marker left out).
        public var files = 0
        /// Of them, HTML pages.
        public var pages = 0
        /// Their bytes.
        public var bytes = 0
        /// Files whose bytes were written (the others were linked unchanged from the old site).
        public var written = 0
        /// Files linked from the old site without being made again (their inputs had not changed).
        public var reused = 0
    }

    /// The staging folder, and the site it will replace.
    public let url: URL
    public let previous: URL
    /// The two folders' paths, to which files' relative paths are appended (cheaper than URLs).
    private let folderPath: String, previousPath: String
    private let meter: BuildProgress?
    /// A simulated disk's room (tests only), or nil.
    private let budget: WriteBudget?
    private let state = Mutex((folders: Set<String>(), tally: Tally(), firstFull: String?.none))

    /// A staging folder at `url` (created by the caller) for a site replacing `previous`; `meter`
    /// counts the files as they are written.
    init(url: URL, previous: URL, meter: BuildProgress?, budget: WriteBudget? = WriteBudget.fromEnvironment()) {
        self.url = url
        self.previous = previous
        folderPath = url.path
        previousPath = previous.path
        self.meter = meter
        self.budget = budget
    }

    /// What the folder holds so far.
    public var tally: Tally { state.withLock { $0.tally } }

    /// Writes `bytes` as the file at `path` (relative to the site root).
    public func write(_ path: String, bytes: [UInt8]) throws(Diagnostic) {
        var file = try open(path)
        bytes.withUnsafeBufferPointer { file.append($0, whole: true) }
        try close(&file, path: path)
    }

    /// Writes `text` as the file at `path`.
    public func write(_ path: String, text: String) throws(Diagnostic) {
        var file = try open(path)
        file.append(text, whole: true)
        try close(&file, path: path)
    }

    /// Hard-links the old site's file at `path` into the folder unchanged and counts it; false when
    /// there is no such file or it cannot be linked (the caller then writes it).
    func linkFromPrevious(_ path: String) -> Bool {
        do {
            try makeFolders(of: path)
        } catch {
            return false
        }
        let old = previousPath + "/" + path
        var status = stat()
        guard stat(old, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG),
              link(old, folderPath + "/" + path) == 0 else { return false }
        state.withLock {
            $0.tally.files += 1
            $0.tally.bytes += Int(status.st_size)
            $0.tally.reused += 1
            if path.hasSuffix(".html") { $0.tally.pages += 1 }
        }
        meter?.tick(.files)
        return true
    }

    /// Removes the file at `path` that ``linkFromPrevious(_:)`` linked, and uncounts it.
    func remove(_ path: String) {
        let target = folderPath + "/" + path
        var status = stat()
        guard stat(target, &status) == 0, unlink(target) == 0 else { return }
        state.withLock {
            $0.tally.files -= 1
            $0.tally.bytes -= Int(status.st_size)
            $0.tally.reused -= 1
            if path.hasSuffix(".html") { $0.tally.pages -= 1 }
        }
    }

    /// A sink streaming published files into the folder.
    func sink() -> StagedFileSink {
        StagedFileSink(folder: self)
    }

    /// Starts the file at `path`, making its folders first.
    func open(_ path: String) throws(Diagnostic) -> StreamedFile {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }),
                     "output paths stay inside the output folder")
        try makeFolders(of: path)
        return StreamedFile(target: url.appendingPathComponent(path).path, old: previous.appendingPathComponent(path).path, budget: budget)
    }

    /// Makes the folders `path` is in, once each.
    private func makeFolders(of path: String) throws(Diagnostic) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard !state.withLock({ $0.folders.contains(folder) }) else { return }
        let target = url.appendingPathComponent(folder)
        // One system call when the parent exists (the common case: a page's own folder); Foundation
        // makes the missing parents otherwise.
        if mkdir(target.path, 0o777) != 0 {
            var status = stat()
            if errno == EEXIST, stat(target.path, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFDIR) {
                _ = state.withLock { $0.folders.insert(folder) }
                return
            }
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic(message: "cannot create folders in \(url.path): \(error.localizedDescription)")
            }
        }
        _ = state.withLock { $0.folders.insert(folder) }
    }

    /// Ends `file` and counts it.
    func close(_ file: inout StreamedFile, path: String) throws(Diagnostic) {
        let written = file.close()
        if let failure = file.failure {
            guard file.diskFull else { throw Diagnostic(message: "cannot write \(failure)", hint: "Check free disk space and permissions.") }
            // One message for a full disk, however many files then fail: it names the first.
            let first = state.withLock { state in
                state.firstFull = state.firstFull ?? path
                return state.firstFull ?? path
            }
            throw Diagnostic(message: "cannot write the new site, from \(first) on: \(String(cString: strerror(ENOSPC)))",
                             hint: "The disk is full. The new site is written beside the old one, so free room for both (see `df \(url.deletingLastPathComponent().path)`), then build again.")
        }
        state.withLock {
            $0.tally.files += 1
            $0.tally.bytes += file.size
            if path.hasSuffix(".html") { $0.tally.pages += 1 }
            if written { $0.tally.written += 1 }
        }
        meter?.tick(.files)
    }
}
