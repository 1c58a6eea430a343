#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file, enough to tell cheaply that it has not changed since it was last seen:
/// size, modification and status-change times to the nanosecond, and inode. Two equal stamps are
/// taken as the same bytes; a different stamp means the bytes must be hashed to know.
struct FileStamp: Sendable, Hashable {
    var size: Int
    var modified: Int
    var changed: Int
    var inode: UInt64

    /// The stamp of the file at `path` (symbolic links followed), or nil when it cannot be read.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of a `stat` result.
    init(_ status: stat) {
        size = Int(status.st_size)
        modified = Int(status.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(status.st_mtim.tv_nsec)
        changed = Int(status.st_ctim.tv_sec) &* 1_000_000_000 &+ Int(status.st_ctim.tv_nsec)
        inode = UInt64(status.st_ino)
    }

    /// Creates the value from its parts.
    init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }
}
