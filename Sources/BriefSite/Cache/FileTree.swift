#if canImport(Glibc)
import Glibc
#endif

/// The regular files under a folder with their stamps, read with `readdir` and `fstatat` (a folder of
/// tens of thousands of files is listed in a few tens of milliseconds). Symbolic links to files are
/// followed; linked folders are not entered, so a loop of links cannot trap the walk.
struct FileTree: Sendable {
    /// One regular file: its path relative to the walked folder, and its stamp.
    struct Entry: Sendable, Hashable {
        var path: String
        var stamp: FileStamp
    }

    /// Every regular file found, in no particular order.
    private(set) var entries: [Entry] = []

    /// The tree of the given files.
    init(entries: [Entry]) {
        self.entries = entries
    }

    /// Walks `folder`; names starting with a dot are skipped unless `includeHidden`. A missing folder
    /// has no files; nil when a folder inside cannot be opened (the walk cannot vouch for it).
    init?(folder: String, includeHidden: Bool) {
        guard FileStamp(path: folder) != nil else { return }
        guard walk(folder, prefix: "", includeHidden: includeHidden) else { return nil }
    }

    private mutating func walk(_ folder: String, prefix: String, includeHidden: Bool) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." || (!includeHidden && name.hasPrefix(".")) { continue }
            var status = stat()
            guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
            let kind = status.st_mode & mode_t(S_IFMT)
            if kind == mode_t(S_IFLNK) {
                guard fstatat(descriptor, name, &status, 0) == 0 else { continue }
                if status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG) {
                    entries.append(Entry(path: prefix + name, stamp: FileStamp(status)))
                }
            } else if kind == mode_t(S_IFDIR) {
                guard walk(folder + "/" + name, prefix: prefix + name + "/", includeHidden: includeHidden) else { return false }
            } else if kind == mode_t(S_IFREG) {
                entries.append(Entry(path: prefix + name, stamp: FileStamp(status)))
            }
        }
        return true
    }

    /// A hash of every file's path and stamp, independent of the order the walk met them in: any
    /// file added, removed, rewritten or replaced changes it.
    var fingerprint: ContentHash {
        var sum: UInt64 = 0
        for entry in entries {
            var hasher = Hasher64()
            hasher.add(entry.path)
            hasher.add(UInt64(bitPattern: Int64(entry.stamp.size)))
            hasher.add(UInt64(bitPattern: Int64(entry.stamp.modified)))
            hasher.add(UInt64(bitPattern: Int64(entry.stamp.changed)))
            hasher.add(entry.stamp.inode)
            sum &+= hasher.finish()
        }
        var total = Hasher64()
        total.add(sum)
        total.add(UInt64(entries.count))
        return ContentHash(value: total.finish())
    }
}
