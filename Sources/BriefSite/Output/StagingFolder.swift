import BriefCore
import Foundation
import Synchronization

/// The folder a build writes the new site into, beside the output, until ``SiteWriter`` swaps it in.
/// Files arrive from every core as they are made and are never held whole by the folder; each is
/// compared with the old site's copy on the way (``StreamedFile``), so an unchanged file is hard-linked
/// from the old site rather than written: it keeps its inode and modification time, and a rebuild
/// with nothing changed writes no file's bytes.
///
/// Over an old site the last build's record vouches for, the folder is an overlay instead: it
/// receives only the files whose bytes change, and ``SiteWriter`` moves them into the output and
/// removes the files the new site no longer has; an unchanged file is neither linked nor touched.
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
    /// The old site's files when the folder is an overlay over it; nil when it holds a whole new site.
    let keeping: [String: FileStamp]?
    private let state = Mutex(State())

    /// What the folder has been told so far.
    private struct State {
        var folders: Set<String> = []
        var tally = Tally()
        var firstFull: String?
        /// In an overlay: the old site's files the new site keeps as they are, and the files written anew.
        var kept: Set<String> = []
        var written: [String] = []
    }

    /// A staging folder at `url` (created by the caller) for a site replacing `previous`; `meter`
    /// counts the files as they are written. With `keeping` (the old site's files, walked before the
    /// build), the folder is an overlay over the old site.
    init(url: URL, previous: URL, meter: BuildProgress?, keeping: FileTree? = nil,
         budget: WriteBudget? = WriteBudget.fromEnvironment()) {
        self.url = url
        self.previous = previous
        self.keeping = keeping.map { tree in
            Dictionary(tree.entries.lazy.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
        }
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
        if let keeping {
            guard let stamp = keeping[path] else { return false }
            state.withLock {
                guard $0.kept.insert(path).inserted else { return }
                $0.tally.count(path, bytes: stamp.size, reused: true)
            }
            meter?.tick(.files)
            return true
        }
        do {
            try makeFolders(of: path)
        } catch {
            return false
        }
        let old = previousPath + "/" + path
        var status = stat()
        guard stat(old, &status) == 0, status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG),
              link(old, folderPath + "/" + path) == 0 else { return false }
        state.withLock { $0.tally.count(path, bytes: Int(status.st_size), reused: true) }
        meter?.tick(.files)
        return true
    }

    /// Hard-links each of `paths`, files of the old site already counted as kept, into an overlay, to
    /// swap it in whole; false when one cannot be linked.
    func linkFromPrevious(all paths: [String]) -> Bool {
        for path in paths {
            do {
                try makeFolders(of: path)
            } catch {
                return false
            }
            guard link(previousPath + "/" + path, folderPath + "/" + path) == 0 else { return false }
        }
        return true
    }

    /// Removes the file at `path` that ``linkFromPrevious(_:)`` linked, and uncounts it.
    func remove(_ path: String) {
        if let keeping {
            state.withLock {
                guard $0.kept.remove(path) != nil else { return }
                $0.tally.count(path, bytes: keeping[path]?.size ?? 0, reused: true, by: -1)
            }
            return
        }
        let target = folderPath + "/" + path
        var status = stat()
        guard stat(target, &status) == 0, unlink(target) == 0 else { return }
        state.withLock { $0.tally.count(path, bytes: Int(status.st_size), reused: true, by: -1) }
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
        return StreamedFile(target: url.appendingPathComponent(path).path, old: previous.appendingPathComponent(path).path,
                            linksWhenSame: keeping == nil, budget: budget)
    }

    /// Makes the folders `path` is in, once each.
    private func makeFolders(of path: String) throws(Diagnostic) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        guard !state.withLock({ $0.folders.contains(folder) }) else { return }
        try FolderMaker.make(folderPath + "/" + folder)
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
        let overlay = keeping != nil
        state.withLock {
            $0.tally.count(path, bytes: file.size, reused: false)
            if written { $0.tally.written += 1 }
            if overlay, written { $0.written.append(path) } else if overlay { $0.kept.insert(path) }
        }
        meter?.tick(.files)
    }

    /// In an overlay, what committing it changes in the output: the files written into the folder
    /// (to move in) and the old site's files the new site does not have (to remove); nil otherwise.
    func overlayChanges() -> OverlayChanges? {
        guard let keeping else { return nil }
        return state.withLock { state in
            let written = Set(state.written)
            let stale = keeping.keys.filter { !state.kept.contains($0) && !written.contains($0) && $0 != OutputGuard.markerName }
            return OverlayChanges(written: state.written.sorted(), stale: stale.sorted(), keeping: keeping)
        }
    }
}

extension StagingFolder.Tally {
    /// Counts the file at `path` of `bytes` in (`by` 1) or out (`by` -1); `reused` when it was
    /// kept from the old site without being made again.
    mutating func count(_ path: String, bytes: Int, reused: Bool, by sign: Int = 1) {
        files += sign
        self.bytes += sign * bytes
        if reused { self.reused += sign }
        if path.hasSuffix(".html") { pages += sign }
    }
}
