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
        let base = root.standardizedFileURL.path
        for entry in watched {
            add(entry, under: base, to: &files)
        }
        return ProjectSnapshot(files: files)
    }

    /// This snapshot with `paths` (relative to `root`, as ``ChangeNotifier`` hears them) looked at
    /// again: a file's stamp renewed, a removed file or folder dropped with everything under it.
    public func updating(_ paths: Set<String>, root: URL) -> ProjectSnapshot {
        let base = root.standardizedFileURL.path
        let named = paths.filter { !$0.split(separator: "/").contains(where: { Self.isSkipped(String($0)) }) }
        // What is no longer a file may have been a folder: everything under it goes (one pass over the
        // files, so a checkout that touches thousands of them does not compare each with each).
        let gone = Set(named.filter { !Self.isFile(base + "/" + $0) })
        var files = gone.isEmpty ? self.files : self.files.filter { !Self.isUnder($0.key, any: gone) }
        for path in named {
            files[path] = nil
            Self.add(path, under: base, to: &files)
        }
        return ProjectSnapshot(files: files)
    }

    /// Whether `path` lies inside one of `folders`.
    private static func isUnder(_ path: String, any folders: Set<String>) -> Bool {
        var prefix = Substring(path)
        while let slash = prefix.lastIndex(of: "/") {
            prefix = prefix[..<slash]
            if folders.contains(String(prefix)) { return true }
        }
        return false
    }

    /// Whether `path` is a regular file.
    private static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Whether a file or folder of this name is left out of snapshots: hidden, or an editor's backup.
    public static func isSkipped(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~")
    }

    /// The names in `folder` (without `.` and `..`), or none when it cannot be read.
    static func names(in folder: String) -> [String] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Adds the file at `path` (relative to `base`), or every file under the folder there, to `files`.
    private static func add(_ path: String, under base: String, to files: inout [String: Stamp]) {
        let full = base + "/" + path
        var info = stat()
        guard stat(full, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            files[path] = stamp(info)
            return
        }
        for name in names(in: full) where !isSkipped(name) {
            add(path + "/" + name, under: base, to: &files)
        }
    }

    /// The paths that differ between `self` and `other`, sorted.
    public func changes(from other: ProjectSnapshot) -> [String] {
        Set(files.keys).union(other.files.keys)
            .filter { files[$0] != other.files[$0] }
            .sorted()
    }

    private static func stamp(_ info: stat) -> Stamp {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                     inode: UInt64(info.st_ino))
    }
}
