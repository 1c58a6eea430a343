import Foundation

/// A project folder in the temporary directory, made from a dictionary of files, removed by `remove()`.
struct TemporaryProject {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("brief-test-\(UUID().uuidString)", isDirectory: true)
        for (path, contents) in files {
            try write(path, contents)
        }
    }

    /// Writes (or overwrites) `path` relative to the project.
    func write(_ path: String, _ contents: String) throws {
        try write(path, bytes: Array(contents.utf8))
    }

    func write(_ path: String, bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// The default output folder, `site/`.
    var site: URL { root.appendingPathComponent("site", isDirectory: true) }

    /// The text of a file of the built site.
    func read(_ path: String) throws -> String {
        try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file below `folder`, as sorted relative paths with their bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
