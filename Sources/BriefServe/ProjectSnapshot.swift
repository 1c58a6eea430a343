import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the watched inputs of a project look like at one moment: every file's size, modification
/// time (to the nanosecond) and inode, so an edit, a new file, a deletion or an editor's
/// save-by-rename all show as a difference.
public struct ProjectSnapshot: Sendable, Equatable {
    /// Size, modification time and identity of one file.
    public struct Stamp: Sendable, Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    /// Stamps by path relative to the project root.
    public private(set) var files: [String: Stamp]

    /// Takes a snapshot of `watched` (files or folders, relative to `root`; folders recursively).
    /// Hidden files and editor backups (`.name.swp`, `name~`) are left out: they change while typing.
    public static func take(root: URL, watched: [String]) -> ProjectSnapshot {
        var files: [String: Stamp] = [:]
        for entry in watched {
            let base = root.appendingPathComponent(entry).path
            if let stamp = stamp(base), !isFolder(base) {
                files[entry] = stamp
                continue
            }
            let walker = FileManager.default.enumerator(atPath: base)
            while let relative = walker?.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasSuffix("~") {
                    walker?.skipDescendants()
                    continue
                }
                let path = base + "/" + relative
                if !isFolder(path), let stamp = stamp(path) { files[entry + "/" + relative] = stamp }
            }
        }
        return ProjectSnapshot(files: files)
    }

    /// The paths that differ between `self` and `other`, sorted.
    public func changes(from other: ProjectSnapshot) -> [String] {
        Set(files.keys).union(other.files.keys)
            .filter { files[$0] != other.files[$0] }
            .sorted()
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                     inode: UInt64(info.st_ino))
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
