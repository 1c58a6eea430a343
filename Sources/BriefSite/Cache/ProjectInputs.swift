import Foundation

/// The files a build reads from a project: `brief.yml`, everything under `content/` and under
/// `Templates/` (hidden files left out, as the loaders leave them out), with their stamps. Compared
/// with a ``BuildManifest`` to tell whether any was added, removed or changed since that build.
struct ProjectInputs: Sendable {
    /// The folders and files read, relative to the project.
    static let folders = ["content", Theme.folderName]
    static let files = [ProjectLoader.settingsFile]

    /// The project folder.
    let root: String
    /// Every input file, sorted by path.
    let files: [FileTree.Entry]

    /// The input files of the project at `root` as they are now; nil when a folder cannot be read.
    init?(projectRoot: URL) {
        root = projectRoot.standardizedFileURL.path
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        taken = Int(now.tv_sec) &* 1_000_000_000 &+ Int(now.tv_nsec)
        var found: [FileTree.Entry] = []
        for folder in Self.folders {
            guard let tree = FileTree(folder: root + "/" + folder, includeHidden: false) else { return nil }
            found += tree.entries.map { FileTree.Entry(path: folder + "/" + $0.path, stamp: $0.stamp) }
        }
        for file in Self.files {
            if let stamp = FileStamp(path: root + "/" + file) { found.append(FileTree.Entry(path: file, stamp: stamp)) }
        }
        files = found.sorted { $0.path < $1.path }
    }

    /// When the stamps were taken, in nanoseconds since 1970.
    let taken: Int

    /// How recent a change must be to count as racy: a file changed this close to the moment its
    /// stamp was taken could change again within the same clock tick without its stamp changing.
    static let racyWindow = 2_000_000_000

    /// Every input with its contents' hash, read now; nil when a file cannot be read. A file changed
    /// just before its stamp was taken is recorded with a stamp that never matches, so the next check
    /// hashes it (as git does with racily clean files). A file whose stamp is the one `recorded` gives
    /// it keeps the recorded hash, as ``compare(with:)`` trusts an unchanged stamp.
    func hashed(reusing recorded: [BuildManifest.Input] = []) -> [BuildManifest.Input]? {
        var known: [String: BuildManifest.Input] = [:]
        known.reserveCapacity(recorded.count)
        for input in recorded { known[input.path] = input }
        var inputs: [BuildManifest.Input] = []
        inputs.reserveCapacity(files.count)
        for file in files {
            let kept = known[file.path].flatMap { $0.stamp == file.stamp ? $0.hash : nil }
            guard let hash = kept ?? ContentHash(file: root + "/" + file.path) else { return nil }
            var stamp = file.stamp
            if max(stamp.modified, stamp.changed) >= taken - Self.racyWindow { stamp.modified = -1 }
            inputs.append(BuildManifest.Input(path: file.path, stamp: stamp, hash: hash))
        }
        return inputs
    }

    /// How the inputs compare with those `recorded` by the last build.
    enum Comparison: Sendable, Equatable {
        /// Every file is there with the same stamp.
        case same
        /// Same files and contents, but some stamps differ (touched, copied back): these are the
        /// inputs with their stamps now, for the manifest.
        case sameContents([BuildManifest.Input])
        /// A file was added, removed or changed; the first one's path.
        case changed(String)
    }

    /// Compares the inputs with `recorded`; a file whose stamp differs is hashed to tell whether its
    /// bytes differ too.
    func compare(with recorded: [BuildManifest.Input]) -> Comparison {
        guard recorded.count == files.count else {
            let old = Set(recorded.map(\.path))
            return .changed(files.first { !old.contains($0.path) }?.path ?? recorded.first { !Set(files.map(\.path)).contains($0.path) }?.path ?? "")
        }
        var restamped = recorded
        var touched = false
        for (index, (file, old)) in zip(files, recorded).enumerated() {
            guard file.path == old.path else { return .changed(min(file.path, old.path)) }
            if file.stamp == old.stamp { continue }
            guard ContentHash(file: root + "/" + file.path) == old.hash else { return .changed(file.path) }
            restamped[index].stamp = file.stamp
            if max(file.stamp.modified, file.stamp.changed) >= taken - Self.racyWindow { restamped[index].stamp.modified = -1 }
            touched = true
        }
        return touched ? .sameContents(restamped) : .same
    }
}
