import BriefCore
import Foundation
import Synchronization

/// Lets a build reuse the files of pages whose inputs did not change since the last build: each
/// item of a page group that names its inputs (``PageInputs``) gets a digest of them, of the tool,
/// the theme and the settings, decided before its pages are derived; when the last build recorded
/// the same digest for the item, its files are linked from the old site into the new one instead of
/// derived and rendered again. The digests are kept in `.brief-cache/page-inputs` with the
/// fingerprint of the site that build swapped in: a site changed since (by hand, or by a build
/// that recorded nothing) is not reused from at all.
final class PageReuse: Sendable {
    static let fileName = "page-inputs"
    static let header = "brief-page-inputs 2"

    private let file: URL
    private let output: URL
    /// Mixed into every digest: tool, theme, settings and corrections.
    private let global: UInt64
    /// The digests of the last build by item id; empty when they cannot be trusted.
    private let previous: [String: Made]
    private let current = Mutex([String: Made]())

    /// The digest an item's files were made from; for a published-files job, the files it wrote
    /// (a page item's files are its routes, named by its inputs).
    struct Made: Equatable {
        var digest: UInt64
        var files: [String] = []
    }
    /// The articles' keys computed while loading, which stand for the articles in digests.
    private let articles: AnalysisStore?
    /// The digests of the quotations, statements and events pages list, made once per build.
    private let items = ItemDigests()

    /// Reuse for a build of the site at `output` by `tool` with `theme`, `settings` and the editors'
    /// `corrections` file (its bytes: a correction or its note can change any page); `articles`
    /// supplies the keys of the articles it analysed or read back. `site` is the output folder as
    /// walked before the build; nil when it could not be walked, and then nothing is reused.
    init(cacheFolder: URL, output: URL, tool: String, theme: Theme, settings: SiteSettings, corrections: Data? = nil,
         site: FileTree?, articles: AnalysisStore? = nil) {
        file = cacheFolder.appendingPathComponent(Self.fileName)
        self.articles = articles
        self.output = output.standardizedFileURL
        var hasher = Hasher64()
        hasher.add(Self.header)
        hasher.add(tool)
        for (path, themeFile) in theme.files.sorted(by: { $0.key < $1.key }) {
            hasher.add(path)
            hasher.add(UInt64(themeFile.contents.count))
            themeFile.contents.withUnsafeBytes { hasher.add($0) }
        }
        if let bytes = try? CompactEncoder.encode(settings) { bytes.withUnsafeBytes { hasher.add($0) } }
        hasher.add(UInt64(corrections?.count ?? 0))
        corrections?.withUnsafeBytes { hasher.add($0) }
        global = hasher.finish()
        let record = file
        previous = site.map { Self.load(record, site: $0) } ?? [:]
    }

    /// Whether the last build's record holds for the site as it is: its pages may be reused.
    var trusted: Bool { !previous.isEmpty }

    /// The digest of `inputs`, or nil when a value cannot be encoded (the item is then always rendered).
    func digest(_ inputs: PageInputs) -> UInt64? {
        let writer = CompactWriter()
        writer.string(inputs.id)
        for route in inputs.routes { writer.string(route.outputPath) }
        do {
            for value in inputs.values {
                if let article = value as? Article, let key = articles?.knownKey(of: article) {
                    writer.string("article " + key)
                } else if let list = value as? any ItemListDigestible {
                    try list.writeDigest(to: writer, digests: items)
                } else if let quotes = value as? [ResolvedQuote], try items.writeAll(quotes, kind: .quotation, to: writer) {
                    continue
                } else if let statements = value as? [ResolvedStatement], try items.writeAll(statements, kind: .statement, to: writer) {
                    continue
                } else if let events = value as? [TimelineEvent], try items.writeAll(events, kind: .event, to: writer) {
                    continue
                } else if let digestible = value as? any PageDigestible {
                    try digestible.writeDigest(to: writer)
                } else {
                    try writer.encodeValue(value)
                }
            }
        } catch {
            return nil
        }
        var hasher = Hasher64()
        hasher.add(global)
        writer.bytes.withUnsafeBytes { hasher.add($0) }
        return hasher.finish()
    }

    /// Links the files of `inputs`' pages from the old site into `folder` when the last build made
    /// them from the same digest; false (and nothing left in `folder`) when they must be rendered.
    func reuse(_ inputs: PageInputs, digest: UInt64, into folder: StagingFolder) -> Bool {
        guard previous[inputs.id]?.digest == digest, link(inputs.routes.map(\.outputPath), into: folder) else { return false }
        record(inputs.id, digest: digest)
        return true
    }

    /// Links the files a published-files job with `inputs` wrote in the last build from the old site
    /// into `folder` when it made them from the same digest; false (and nothing left in `folder`)
    /// when the job must run.
    func reuseFiles(_ inputs: PageInputs, digest: UInt64, into folder: StagingFolder) -> Bool {
        guard let made = previous[inputs.id], made.digest == digest, !made.files.isEmpty,
              link(made.files, into: folder) else { return false }
        record(inputs.id, digest: digest, files: made.files)
        return true
    }

    /// Links every one of `paths` from the old site, or none.
    private func link(_ paths: [String], into folder: StagingFolder) -> Bool {
        var linked: [String] = []
        for path in paths {
            guard folder.linkFromPrevious(path) else {
                linked.forEach(folder.remove)
                return false
            }
            linked.append(path)
        }
        return true
    }

    /// Notes that the item `id`'s files (for a published-files job, `files`), now in the staging
    /// folder, were made from `digest`.
    func record(_ id: String, digest: UInt64, files: [String] = []) {
        current.withLock { $0[id] = Made(digest: digest, files: files) }
    }

    /// Saves this build's digests with `site`, the fingerprint of the site just swapped in
    /// (``FileTree/fingerprint``).
    func save(site: ContentHash) throws {
        var lines = [Self.header, "site\t" + site.hex]
        for (id, made) in current.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            lines.append(([ContentHash(value: made.digest).hex, id] + made.files).map(BuildManifest.escape).joined(separator: "\t"))
        }
        let body = lines.joined(separator: "\n") + "\n"
        var hasher = Hasher64()
        hasher.add(body)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((body + "check\t" + ContentHash(value: hasher.finish()).hex + "\n").utf8).write(to: file, options: .atomic)
    }

    /// Removes the record: the site is about to change without one (a build that fails to save).
    func forget() {
        try? FileManager.default.removeItem(at: file)
    }

    /// The digests recorded with `site` as it is now; empty when the file is missing, altered or from another site.
    private static func load(_ file: URL, site: FileTree) -> [String: Made] {
        guard let text = try? String(contentsOf: file, encoding: .utf8),
              let checkStart = text.range(of: "check\t", options: .backwards) else { return [:] }
        let body = String(text[..<checkStart.lowerBound])
        var hasher = Hasher64()
        hasher.add(body)
        guard text[checkStart.upperBound...] == ContentHash(value: hasher.finish()).hex + "\n" else { return [:] }
        var lines = body.split(separator: "\n")[...]
        guard lines.popFirst() == Substring(header), let siteLine = lines.popFirst(), siteLine.hasPrefix("site\t"),
              siteLine.dropFirst(5) == Substring(site.fingerprint.hex) else { return [:] }
        var digests: [String: Made] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { BuildManifest.unescape(String($0)) }
            guard fields.count >= 2, let digest = UInt64(fields[0], radix: 16) else { return [:] }
            digests[fields[1]] = Made(digest: digest, files: Array(fields.dropFirst(2)))
        }
        return digests
    }
}
