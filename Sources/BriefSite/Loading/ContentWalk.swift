import BriefCore
import Foundation

/// The files under a content folder, found without following anything out of it: real folders are
/// walked (hidden ones skipped), a symlink counts only when it leads to a regular file inside the
/// folder, and everything else — a symlink loop, a link out of the folder, a FIFO or a device that
/// would block a read — is listed as skipped with its reason. It never loops and never reads outside.
struct ContentWalk {
    /// A file or link left out of the walk, and why.
    struct Skipped: Sendable, Hashable {
        /// Path relative to the walked folder.
        let path: String
        let reason: String
    }

    /// Regular files (and links to regular files inside the folder), relative to it, sorted.
    private(set) var files: [String] = []
    /// What was left out, in walking order.
    private(set) var skipped: [Skipped] = []

    /// Walks `folder`.
    init(folder: URL) {
        let base = folder.standardizedFileURL.path
        let realBase = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        walk(base, relative: "", realBase: realBase)
        files.sort()
    }

    private mutating func walk(_ directory: String, relative: String, realBase: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory + "/" + name
            let inside = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }  // vanished since the listing
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(path, relative: inside, realBase: realBase)
            case S_IFREG: files.append(inside)
            case S_IFLNK: follow(path, as: inside, realBase: realBase)
            default: skipped.append(Skipped(path: inside, reason: "not a regular file (a FIFO, socket or device)"))
            }
        }
    }

    /// Takes a symlink when it resolves to a regular file inside the walked folder.
    private mutating func follow(_ path: String, as inside: String, realBase: String) {
        guard let target = realpath(path, nil) else {
            let reason = errno == ELOOP ? "a symlink loop" : "a broken symlink"
            skipped.append(Skipped(path: inside, reason: reason))
            return
        }
        let resolved = String(cString: target)
        free(target)
        guard resolved.hasPrefix(realBase + "/") else {
            skipped.append(Skipped(path: inside, reason: "a symlink to \(resolved), outside the folder"))
            return
        }
        var info = stat()
        guard stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            skipped.append(Skipped(path: inside, reason: "a symlink to something other than a file"))
            return
        }
        files.append(inside)
    }
}
