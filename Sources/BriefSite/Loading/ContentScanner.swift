import BriefCore
import Foundation

/// Finds the articles of a project: every `.txt`, `.md` and `.markdown` under `content/articles/`
/// (hidden files skipped), with the `.yml`/`.yaml` sidecar beside each `.txt`, sorted by path. Other
/// files are ignored with a note; symlinks leading out of `content/`, symlink loops, FIFOs and devices
/// are skipped with a warning (``ContentWalk``); a file that cannot be read (gone since the listing)
/// keeps only its own article out.
public enum ContentScanner {
    /// The folder articles are read from, relative to the project.
    public static let articlesFolder = "content/articles"

    /// What a scan found: the articles read into memory, the files that could not be read, and notes
    /// on what was ignored.
    public struct Scan: Sendable {
        public let sources: [ArticleSource]
        /// One diagnostic per article file that could not be read.
        public let unreadable: [Diagnostic]
        /// Warnings on files left out of the scan (other types, symlinks out, loops).
        public let notes: [Diagnostic]
    }

    /// The article files of the project at `root`, or a diagnostic when the folder is missing. A file
    /// listed but gone or unreadable by the time it is read is one of the `unreadable`, named; tests
    /// change the files in `afterListing`, called once the list is made and before any file is read.
    public static func scan(projectRoot root: URL, afterListing: (@Sendable () -> Void)? = nil) throws(Diagnostic) -> Scan {
        let folder = root.appendingPathComponent(articlesFolder, isDirectory: true)
        try requireFolder(folder)
        let content = root.appendingPathComponent("content", isDirectory: true)
        let walk = ContentWalk(folder: content)
        let prefix = "articles/"
        let paths = walk.files.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        let files = Set(paths)
        afterListing?()
        var sources: [ArticleSource] = []
        var unreadable: [Diagnostic] = []
        for path in paths where isArticle(path) {
            let relative = articlesFolder + "/" + path
            do {
                let bytes = try read(folder.appendingPathComponent(path), as: relative)
                let sidecar = try sidecarPath(for: path, among: files).map { sidecar throws(Diagnostic) in
                    let relativeSidecar = articlesFolder + "/" + sidecar
                    return ArticleSource.Sidecar(path: relativeSidecar,
                                                 bytes: try read(folder.appendingPathComponent(sidecar), as: relativeSidecar))
                }
                sources.append(ArticleSource(path: relative, bytes: bytes, sidecar: sidecar))
            } catch {
                unreadable.append(error)
            }
        }
        let skipped = walk.skipped.filter { $0.path.hasPrefix(prefix) }.map { skipped in
            Diagnostic(.warning, file: "content/" + skipped.path, message: "ignored: \(skipped.reason)",
                       hint: "Articles are read only from files inside content/.")
        }
        return Scan(sources: sources, unreadable: unreadable, notes: skipped + otherFilesNote(paths, files: files))
    }

    /// One note for the files under `content/articles/` that are neither articles nor sidecars, or none.
    static func otherFilesNote(_ paths: [String], files: Set<String>) -> [Diagnostic] {
        let sidecars = Set(paths.compactMap { sidecarPath(for: $0, among: files) })
        let others = paths.filter { !isArticle($0) && !sidecars.contains($0) }
        guard !others.isEmpty else { return [] }
        let shown = others.prefix(5).map { articlesFolder + "/" + $0 }.joined(separator: ", ")
        let more = others.count > 5 ? " and \(others.count - 5) more" : ""
        return [Diagnostic(.note, file: articlesFolder,
                           message: "\(others.count) \(others.count == 1 ? "file is" : "files are") not an article and ignored: \(shown)\(more)",
                           hint: "Articles are .txt, .md or .markdown files; a .txt may have a NAME.yml beside it.")]
    }

    /// Throws a diagnostic that says what is missing: the project folder itself, or its `content/articles/`.
    static func requireFolder(_ folder: URL) throws(Diagnostic) {
        let project = folder.deletingLastPathComponent().deletingLastPathComponent()
        try requireProject(project)
        guard isFolder(folder) else {
            throw Diagnostic(file: articlesFolder, message: "no \(articlesFolder)/ folder in \(project.path)",
                             hint: "Create \(articlesFolder)/ and put .txt or .md articles in it, point --source at your project, or run `brief init` to start one.")
        }
    }

    /// Throws a diagnostic when the project folder `project` does not exist.
    static func requireProject(_ project: URL) throws(Diagnostic) {
        guard isFolder(project) else {
            throw Diagnostic(message: "the project folder \(project.path) does not exist",
                             hint: "Check the path given to --source, or run `brief init \(project.path)` to start a project there.")
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

    /// The article at `path` (relative to the project, under ``articlesFolder``) with its sidecar, read
    /// as ``scan(projectRoot:afterListing:)`` reads it.
    static func source(at path: String, projectRoot root: URL) throws(Diagnostic) -> ArticleSource {
        let bytes = try read(root.appendingPathComponent(path), as: path)
        let present = Set(["yml", "yaml"].map { String(path.dropLast(3)) + $0 }
            .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) })
        let sidecar = try sidecarPath(for: path, among: present).map { sidecar throws(Diagnostic) in
            ArticleSource.Sidecar(path: sidecar, bytes: try read(root.appendingPathComponent(sidecar), as: sidecar))
        }
        return ArticleSource(path: path, bytes: bytes, sidecar: sidecar)
    }

    /// `x.yml` or `x.yaml` beside `x.txt`, when present.
    static func sidecarPath(for path: String, among files: Set<String>) -> String? {
        guard path.lowercased().hasSuffix(".txt") else { return nil }
        let stem = String(path.dropLast(4))
        return [stem + ".yml", stem + ".yaml"].first(where: files.contains)
    }

    /// The bytes of the file at `url`; a file over ``maximumBytes`` is refused, not read.
    static func read(_ url: URL, as path: String) throws(Diagnostic) -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Diagnostic(file: path, message: "cannot read the file: \(error.localizedDescription)",
                             hint: "Check that it exists and is readable.")
        }
        guard data.count <= maximumBytes else { throw tooLarge(path, bytes: data.count) }
        return Array(data)
    }

    /// The largest article or sidecar brief reads: extraction points into a text with 32-bit offsets
    /// (``ByteSpan``).
    static let maximumBytes = ByteSpan.maximumOffset

    /// The error for a file of `bytes` over ``maximumBytes``.
    static func tooLarge(_ path: String, bytes: Int) -> Diagnostic {
        Diagnostic(file: path, message: "the file is \(bytes / 1_000_000) MB, over the \(maximumBytes / 1_000_000) MB brief reads as one article",
                   hint: "Split it into several articles, or move it out of content/.")
    }
}
