import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// The build manifest reads back exactly what was written, and nothing that was altered.
@Suite struct BuildManifestTests {
    let manifest = BuildManifest(
        key: "tool=brief 0.1.0\noutput=/tmp/a\tb",
        summary: BuildManifest.Summary(articles: 3, pages: 12, files: 30, bytes: 123_456, draftsSkipped: 1),
        warnings: [Diagnostic(.warning, file: "content/articles/a\\b.md", line: 4, message: "two\nlines\r\nand a\ttab", hint: nil)],
        inputs: [BuildManifest.Input(path: "content/articles/ä b.md",
                                     stamp: FileStamp(size: 10, modified: 1_700_000_000_123_456_789, changed: -1, inode: 42),
                                     hash: ContentHash(value: 0xDEAD_BEEF))],
        output: ContentHash(value: 7))

    @Test func readsBackWhatItWrote() {
        #expect(BuildManifest(decoding: manifest.encoded) == manifest)
    }

    @Test func refusesATruncatedOrAlteredManifest() {
        let text = manifest.encoded
        #expect(BuildManifest(decoding: String(text.dropLast(3))) == nil)
        #expect(BuildManifest(decoding: text.replacingOccurrences(of: "\t10\t", with: "\t11\t")) == nil)
        #expect(BuildManifest(decoding: text.replacingOccurrences(of: "brief-build-manifest 1", with: "brief-build-manifest 9")) == nil)
        #expect(BuildManifest(decoding: "") == nil)
        #expect(BuildManifest(decoding: "check\t0000000000000000\n") == nil)
    }

    @Test func anInputWhoseStampIsUnchangedKeepsItsRecordedHashAndAChangedOneIsReadAgain() throws {
        let project = try TemporaryProject(files: ["content/articles/a.md": "One.\n", "content/articles/b.md": "Two.\n"])
        defer { project.remove() }
        let inputs = try #require(ProjectInputs(projectRoot: project.root))
        let aged = try #require(inputs.hashed()).map { input in
            BuildManifest.Input(path: input.path, stamp: inputs.files.first { $0.path == input.path }!.stamp, hash: ContentHash(value: 1))
        }
        var recorded = aged
        recorded[1].stamp.size += 1  // b.md as it was before an edit
        let rehashed = try #require(inputs.hashed(reusing: recorded))
        #expect(rehashed.map(\.path) == ["content/articles/a.md", "content/articles/b.md"])
        #expect(rehashed[1].hash == ContentHash(file: project.root.appendingPathComponent("content/articles/b.md").path))
        #expect(rehashed[0].hash == ContentHash(value: 1), "an unchanged stamp keeps the recorded hash")
        #expect(try #require(inputs.hashed(reusing: [])).allSatisfy { $0.hash != ContentHash(value: 1) })
    }

    @Test func theHashOfAFileIsTheHashOfItsBytesWhateverTheReadsChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("brief-hash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: url)
        let whole = bytes.withUnsafeBytes { ContentHash($0) }
        #expect(ContentHash(file: url.path) == whole)
        var split = Hasher64()
        bytes.withUnsafeBytes { raw in
            split.add(UnsafeRawBufferPointer(rebasing: raw[0..<5]))
            split.add(UnsafeRawBufferPointer(rebasing: raw[5..<70_001]))
            split.add(UnsafeRawBufferPointer(rebasing: raw[70_001...]))
        }
        #expect(split.finish() == whole.value)
        var changed = bytes
        changed[100_000] ^= 1
        #expect(changed.withUnsafeBytes { ContentHash($0) } != whole)
    }
}
