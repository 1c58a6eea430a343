import BriefCore
import Foundation

/// Reads an actor entry's `image:` — a picture file beside the entry (a path relative to the entry's
/// folder), checked so that it exists, is a picture brief publishes and lies inside `content/` once
/// `..` and symbolic links are followed: an entry can never publish a file from elsewhere.
enum ActorImageReader {
    /// The largest picture copied into the site.
    static let maximumBytes = 20_000_000

    /// The picture `value` names for the entry `file` (relative to `root`), with `alt` as its text.
    static func image(_ value: String, alt: String, file: String, line: Int, root: URL) throws(Diagnostic) -> ActorImage {
        let hint = "Put the picture beside the entry and name it, e.g. `image: \(((file as NSString).lastPathComponent as NSString).deletingPathExtension).jpg`."
        let trimmed = value.trimmingASCIIWhitespace()
        guard !trimmed.isEmpty, !trimmed.hasPrefix("/"), !trimmed.contains(":"), !trimmed.contains("\\") else {
            throw Diagnostic(file: file, line: line, message: "image `\(value)` is not a file beside the entry", hint: hint)
        }
        let base = root.standardizedFileURL
        let content = base.appendingPathComponent("content", isDirectory: true)
        let folder = (file as NSString).deletingLastPathComponent
        let url = base.appendingPathComponent(folder, isDirectory: true).appendingPathComponent(trimmed).standardizedFileURL
        let resolvedContent = content.resolvingSymlinksInPath().path + "/"
        guard url.path.hasPrefix(content.path + "/"), url.resolvingSymlinksInPath().path.hasPrefix(resolvedContent) else {
            throw Diagnostic(file: file, line: line, message: "image `\(value)` lies outside content/",
                             hint: "Only pictures inside the project's content/ folder are published. " + hint)
        }
        let fileExtension = url.pathExtension.lowercased()
        guard ActorImage.extensions.contains(fileExtension) else {
            throw Diagnostic(file: file, line: line, message: "image `\(value)` is not a picture brief publishes",
                             hint: "Use one of: \(ActorImage.extensions.sorted().joined(separator: ", ")).")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw Diagnostic(file: file, line: line, message: "image `\(value)` is not there (looked for \(relative(url, to: base)))", hint: hint)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maximumBytes else {
            throw Diagnostic(file: file, line: line, message: "image `\(value)` is \(size / 1_000_000) MB, over the \(maximumBytes / 1_000_000) MB brief copies",
                             hint: "Scale it down; a profile shows it a few hundred pixels wide.")
        }
        return ActorImage(sourcePath: relative(url, to: base), fileExtension: fileExtension, alt: alt)
    }

    /// `url`'s path relative to the project `base`.
    private static func relative(_ url: URL, to base: URL) -> String {
        String(url.path.dropFirst(base.path.count + 1))
    }
}
