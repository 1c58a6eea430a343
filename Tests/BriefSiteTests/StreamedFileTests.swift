import Foundation
import Testing
@testable import BriefSite

/// A file streamed into the new site is compared with the old site's copy on the way: the same bytes
/// link the old copy, any difference writes the whole new file.
@Suite struct StreamedFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-streamed-\(UUID().uuidString)")

    /// Streams `pieces` to a new file beside an old one holding `old` (none when nil); returns the new
    /// file's bytes, whether it was written, and whether it is the old file (same inode).
    func stream(_ pieces: [[UInt8]], old: [UInt8]?) throws -> (bytes: [UInt8], written: Bool, linked: Bool) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let oldURL = folder.appendingPathComponent("old-\(UUID().uuidString)")
        let newURL = folder.appendingPathComponent("new-\(UUID().uuidString)")
        if let old { try Data(old).write(to: oldURL) }
        var file = StreamedFile(target: newURL.path, old: oldURL.path)
        for piece in pieces { piece.withUnsafeBufferPointer { file.append($0) } }
        let written = file.close()
        #expect(file.failure == nil)
        #expect(file.size == pieces.reduce(0) { $0 + $1.count })
        let inode = { (url: URL) in (try? FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.intValue }
        return (Array(try Data(contentsOf: newURL)), written, old != nil && inode(oldURL) == inode(newURL))
    }

    /// `count` bytes of a repeating pattern.
    static func bytes(_ count: Int, seed: UInt8 = 0) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ Int(seed)) }
    }

    @Test func theSameBytesLinkTheOldCopy() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = Self.bytes(3 * StreamedFile.bufferSize + 123)
        let pieces = [Array(large[..<1000]), Array(large[1000..<(StreamedFile.bufferSize + 7)]), Array(large[(StreamedFile.bufferSize + 7)...])]
        let result = try stream(pieces, old: large)
        #expect(result.bytes == large)
        #expect(!result.written && result.linked)
        let empty = try stream([], old: [])
        #expect(empty.bytes.isEmpty && !empty.written && empty.linked)
    }

    @Test func anyDifferenceWritesTheWholeNewFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let large = Self.bytes(3 * StreamedFile.bufferSize + 123)
        var late = large
        late[large.count - 5] ^= 0xFF
        var early = large
        early[3] ^= 0xFF
        let cases: [(new: [UInt8], old: [UInt8]?)] = [
            (large, late), (large, early), (late, large),
            (large, Array(large.dropLast())), (Array(large.dropLast()), large),
            (large, []), ([], large), (large, nil), ([], nil),
        ]
        for (new, old) in cases {
            let pieces = stride(from: 0, to: new.count, by: 70_001).map { Array(new[$0..<min($0 + 70_001, new.count)]) }
            let result = try stream(pieces, old: old)
            #expect(result.bytes == new)
            #expect(result.written && !result.linked)
        }
    }
}
