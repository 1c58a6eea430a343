import BriefCore
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Each article's analysis kept on disk between builds, in `.brief-cache/analyses/`: one file per
/// analysis, named by a hash of the whole article (text, metadata, slug, path) and of the tool that
/// analysed it, holding the analysis as ``AnalysisStorable`` writes it, behind the format's name and a checksum. An article
/// unchanged since the last build is read back instead of analysed again; a file that is missing,
/// truncated, altered or unreadable is ignored and the article analysed afresh. After a build the
/// files no article used are removed, so the folder never outgrows the project.
final class AnalysisStore: Sendable {
    /// The folder under the project's cache, and the format written at the head of every file.
    static let folderName = "analyses"
    static let magic: [UInt8] = Array("brief-analysis 2\n".utf8)

    let folder: URL
    /// Analyses kept in memory from this process's earlier builds, consulted before the disk.
    private let memory: BuildMemory<String, ArticleDerivation>?
    /// Mixed into every key: a new binary (new extraction rules) never reads an old analysis.
    private let tool: String
    private let state = Mutex(State())

    private struct State {
        var used: Set<String> = []
        /// The key of each article met, by slug, with the article it was computed from.
        var keys: [String: (article: Article, key: String)] = [:]
        var read = 0
        var failures = 0
    }

    /// A store in `cacheFolder` for analyses made by `tool`, with `memory` in front of the disk.
    init(cacheFolder: URL, tool: String, memory: BuildMemory<String, ArticleDerivation>? = nil) {
        folder = cacheFolder.appendingPathComponent(Self.folderName)
        self.tool = tool
        self.memory = memory
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// How many analyses were read back.
    var read: Int { state.withLock { $0.read } }

    /// The analysis of `article`: read back when stored, otherwise made with `analyse` and stored.
    func derivation(of article: Article, analyse: (Article) -> ArticleDerivation) -> ArticleDerivation {
        guard let name = key(of: article) else { return analyse(article) }
        state.withLock {
            _ = $0.used.insert(name)
            $0.keys[article.slug] = (article, name)
        }
        if let kept = memory?.find(name) {
            state.withLock { $0.read += 1 }
            return kept
        }
        let path = folder.appendingPathComponent(name).path
        if let found = load(path) {
            state.withLock { $0.read += 1 }
            memory?.keep(found, as: name)
            return found
        }
        let made = analyse(article)
        store(made, at: path)
        memory?.keep(made, as: name)
        return made
    }

    /// The key already computed for `article` in this build, or nil: a page's digest uses it in
    /// place of encoding the whole article again. The article must be equal to the one keyed (a
    /// correction applied since changes it).
    func knownKey(of article: Article) -> String? {
        guard let known = state.withLock({ $0.keys[article.slug] }), known.article == article else { return nil }
        return known.key
    }

    /// Removes every stored analysis this build did not use (articles deleted or edited since).
    func pruneUnused() {
        let used = state.withLock { $0.used }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where !used.contains(name) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// The file name of `article`'s analysis: a hash of the tool and the article's every field.
    func key(of article: Article) -> String? {
        guard let bytes = try? CompactEncoder.encode(article) else { return nil }
        var hasher = Hasher64()
        hasher.add(tool)
        bytes.withUnsafeBytes { hasher.add($0) }
        return ContentHash(value: hasher.finish()).hex
    }

    private func load(_ path: String) -> ArticleDerivation? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let derivation = Self.decode([UInt8](data)) else { return failed() }
        return derivation
    }

    /// The analysis a file's `bytes` hold, or nil when they are not one this format wrote whole:
    /// another format, a checksum that does not match, or a record that does not read back to its end.
    static func decode(_ bytes: [UInt8]) -> ArticleDerivation? {
        let head = magic.count
        guard bytes.count >= head + 8, bytes[0..<head].elementsEqual(magic) else { return nil }
        var stored: UInt64 = 0
        for index in 0..<8 { stored |= UInt64(bytes[head + index]) << (8 * UInt64(index)) }
        let checksum = bytes.withUnsafeBytes { ContentHash(UnsafeRawBufferPointer(rebasing: $0[(head + 8)...])) }
        guard checksum.value == stored else { return nil }
        var reader = ByteReader(bytes, from: head + 8)
        guard let derivation = try? ArticleDerivation(storedIn: &reader), reader.atEnd else { return nil }
        return derivation
    }

    /// The bytes of a file holding `derivation`: the format's name, the checksum, the record.
    static func encode(_ derivation: ArticleDerivation) -> [UInt8] {
        let writer = CompactWriter()
        writer.store(derivation)
        var bytes = magic
        let checksum = writer.bytes.withUnsafeBytes { ContentHash($0) }.value
        for index in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: checksum >> (8 * UInt64(index)))) }
        bytes += writer.bytes
        return bytes
    }

    private func failed() -> ArticleDerivation? {
        state.withLock { $0.failures += 1 }
        return nil
    }

    /// Writes the file whole under a temporary name, then renames it: a reader never sees half of one.
    private func store(_ derivation: ArticleDerivation, at path: String) {
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(Self.encode(derivation))) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
