import BriefCore
import Foundation

/// `brief init`: writes a new project into a folder that is empty (or missing): settings, an example
/// article and actor entry, a `.gitignore`, and with `templates` a copy of the default theme to
/// customise. It never overwrites a file: a folder that holds anything but `.git` is refused.
public enum ProjectStarter {
    /// What was written, as paths relative to the project, sorted.
    public struct Started: Sendable {
        public let files: [String]
    }

    /// The entries a folder may already hold and still count as empty.
    static let tolerated: Set<String> = [".git", ".DS_Store"]

    /// Writes the starter project into `root`, creating the folder when it is missing.
    public static func start(at root: URL, templates: Bool) throws(Diagnostic) -> Started {
        try requireEmpty(root)
        var files = StarterFiles.files
        if templates {
            for (path, text) in DefaultTheme.files { files[Theme.folderName + "/" + path] = text }
        }
        for path in files.keys.sorted() {
            try write(files[path] ?? "", to: root.appendingPathComponent(path), as: path)
        }
        return Started(files: files.keys.sorted())
    }

    /// Throws when `root` is a file, or a folder with something in it.
    static func requireEmpty(_ root: URL) throws(Diagnostic) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Diagnostic(message: "\(root.path) is a file, not a folder",
                             hint: "Give brief init the path of a new or empty folder.")
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).filter { !tolerated.contains($0) }.sorted()
        guard entries.isEmpty else {
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            throw Diagnostic(message: "\(root.path) is not empty (it holds \(shown)); brief init starts a project only in an empty folder, so that it overwrites nothing",
                             hint: "Run `brief init NEW-FOLDER`, or, to turn this folder into a project, add content/articles/ with your articles yourself.")
        }
    }

    /// Writes `text` to a new file at `url`, creating its folders; fails rather than replace a file.
    private static func write(_ text: String, to url: URL, as path: String) throws(Diagnostic) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw Diagnostic(file: path, message: "cannot write the file: \(error.localizedDescription)",
                             hint: "Check that the folder is writable and that nothing else is creating files in it.")
        }
    }
}
