import BriefCore
import Foundation

/// Finds the articles of a project: every `.txt`, `.md` and `.markdown` under `content/articles/`
/// (hidden files skipped), with the `.yml`/`.yaml` sidecar beside each `.txt`, sorted by path.
public enum ContentScanner {
    /// The folder articles are read from, relative to the project.
    public static let articlesFolder = "content/articles"

    /// The article files of the project at `root`, read into memory, or a diagnostic when the folder is missing.
    public static func scan(projectRoot root: URL) throws(Diagnostic) -> [ArticleSource] {
        let folder = root.appendingPathComponent(articlesFolder, isDirectory: true)
        try requireFolder(folder)
        let paths = try regularFiles(in: folder)
        let files = Set(paths)
        return try paths.filter(isArticle).map { path throws(Diagnostic) in
            let relative = articlesFolder + "/" + path
            let bytes = try read(folder.appendingPathComponent(path), as: relative)
            let sidecar = try sidecarPath(for: path, among: files).map { sidecar throws(Diagnostic) in
                let relativeSidecar = articlesFolder + "/" + sidecar
                return ArticleSource.Sidecar(path: relativeSidecar,
                                             bytes: try read(folder.appendingPathComponent(sidecar), as: relativeSidecar))
            }
            return ArticleSource(path: relative, bytes: bytes, sidecar: sidecar)
        }
    }

    /// Throws a diagnostic that says what is missing: the project folder itself, or its `content/articles/`.
    static func requireFolder(_ folder: URL) throws(Diagnostic) {
        let project = folder.deletingLastPathComponent().deletingLastPathComponent()
        guard isFolder(project) else {
            throw Diagnostic(message: "the project folder \(project.path) does not exist",
                             hint: "Check the path given to --source, or run `brief init \(project.path)` to start a project there.")
        }
        guard isFolder(folder) else {
            throw Diagnostic(file: articlesFolder, message: "no \(articlesFolder)/ folder in \(project.path)",
                             hint: "Create \(articlesFolder)/ and put .txt or .md articles in it, point --source at your project, or run `brief init` to start one.")
        }
    }

    /// The warning for a project whose `content/articles/` holds no article.
    static let emptyFolderWarning = Diagnostic(
        .warning, file: articlesFolder, message: "\(articlesFolder)/ holds no articles; the site has none",
        hint: "Put .txt or .md articles in \(articlesFolder)/ (files ending .txt, .md or .markdown).")

    /// Whether `url` is an existing folder.
    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every regular, non-hidden file under `folder`, as sorted paths relative to it.
    static func regularFiles(in folder: URL) throws(Diagnostic) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        let base = folder.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(base + "/") else { continue }
            paths.append(String(full.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }

    static func isArticle(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// `x.yml` or `x.yaml` beside `x.txt`, when present.
    static func sidecarPath(for path: String, among files: Set<String>) -> String? {
        guard path.lowercased().hasSuffix(".txt") else { return nil }
        let stem = String(path.dropLast(4))
        return [stem + ".yml", stem + ".yaml"].first(where: files.contains)
    }

    static func read(_ url: URL, as path: String) throws(Diagnostic) -> [UInt8] {
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw Diagnostic(file: path, message: "cannot read the file: \(error.localizedDescription)",
                             hint: "Check that it exists and is readable.")
        }
    }
}
