@testable import BriefServe
import Foundation
import Testing

@Suite("SafePath")
struct SafePathTests {
    /// Every way we know to spell "go up a folder" or smuggle a separator, with what it must be refused as.
    static let traversals: [(String, PathRejection)] = [
        ("/../etc/passwd", .dotSegment),
        ("/a/../../etc/passwd", .dotSegment),
        ("/..", .dotSegment),
        ("/./index.html", .dotSegment),
        ("../index.html", .dotSegment),
        ("/%2e%2e/etc/passwd", .dotSegment),
        ("/%2E%2E/etc/passwd", .dotSegment),
        ("/.%2e/etc/passwd", .dotSegment),
        ("/%2e./etc/passwd", .dotSegment),
        ("/%2e/index.html", .dotSegment),
        ("/articles/%2e%2e/%2e%2e/secret", .dotSegment),
        ("/..%2fetc%2fpasswd", .encodedSlash),
        ("/%2e%2e%2fetc%2fpasswd", .encodedSlash),
        ("/%2e%2e%2Fsecret", .encodedSlash),
        ("/articles%2f..%2f..%2fsecret", .encodedSlash),
        ("/..\\secret", .backslash),
        ("/..%5csecret", .backslash),
        ("/%5c..%5csecret", .backslash),
        ("/a\\b", .backslash),
        ("/index.html%00.css", .nul),
        ("/%00", .nul),
        ("//etc/passwd", .emptySegment),
        ("/articles//x", .emptySegment),
        ("/%zz", .badEncoding),
        ("/%2", .badEncoding),
        ("/%", .badEncoding),
        ("/%c0%ae%c0%ae/secret", .badEncoding),  // overlong UTF-8 for ".."
        ("/%ff", .badEncoding),
    ]

    @Test("refuses every traversal form", arguments: traversals)
    func refuses(_ path: String, _ expected: PathRejection) {
        #expect(throws: expected) { try SafePath(requestPath: path) }
    }

    @Test("decodes once: %252e%252e is the literal name %2e%2e, not ..")
    func decodesOnce() throws {
        #expect(try SafePath(requestPath: "/%252e%252e/x").segments == ["%2e%2e", "x"])
    }

    @Test("accepts ordinary paths")
    func accepts() throws {
        #expect(try SafePath(requestPath: "/").segments == [])
        #expect(try SafePath(requestPath: "").segments == [])
        #expect(try SafePath(requestPath: "/articles/x/").segments == ["articles", "x"])
        #expect(try SafePath(requestPath: "/a%20b/caf%C3%A9.html").segments == ["a b", "café.html"])
        #expect(try SafePath(requestPath: "/...").segments == ["..."])
        #expect(try SafePath(requestPath: "/.well-known/x").segments == [".well-known", "x"])
    }

    @Test("decoded paths: separators split, dot segments refused")
    func decodedPaths() throws {
        #expect(try SafePath(decodedPath: "/articles/x/index.html").segments == ["articles", "x", "index.html"])
        #expect(throws: PathRejection.dotSegment) { try SafePath(decodedPath: "/a/../b") }
        #expect(throws: PathRejection.backslash) { try SafePath(decodedPath: "/a\\b") }
    }

    @Test("resolve: files inside, missing files, and symbolic links out of the root")
    func resolve() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("safepath-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let root = base.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("inner"), withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
        try Data("ok".utf8).write(to: root.appendingPathComponent("inner/page.html"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("escape").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("alias").path, withDestinationPath: "inner")

        let realRoot = try #require(SafePath.realPath(root.path))
        #expect(try SafePath(requestPath: "/inner/page.html").resolve(in: root.path) == realRoot + "/inner/page.html")
        #expect(try SafePath(requestPath: "/alias/page.html").resolve(in: root.path) == realRoot + "/inner/page.html")
        #expect(try SafePath(requestPath: "/").resolve(in: root.path) == realRoot)
        #expect(try SafePath(requestPath: "/missing").resolve(in: root.path) == nil)
        #expect(throws: PathRejection.outsideRoot) { try SafePath(requestPath: "/escape").resolve(in: root.path) }
        #expect(throws: PathRejection.outsideRoot) { try SafePath(requestPath: "/up/secret.txt").resolve(in: root.path) }
    }
}
