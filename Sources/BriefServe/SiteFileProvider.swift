import Hummingbird

/// Hummingbird's ``FileProvider`` for the output folder: every path is checked with ``SafePath``
/// (no `..`, no escapes, no symbolic link out of the folder) before anything is opened.
///
/// ``FileMiddleware`` on top of it supplies content types, `index.html` for folders, ETags and
/// `304 Not Modified`, and byte ranges.
public struct SiteFileProvider: FileProvider {
    /// The folder served (the site's output folder; it may be swapped for a new build at any time).
    public let root: String
    /// Provisional pages served in place of the site's files, or nil.
    public let previews: PreviewPages?

    /// Serves the files under `root`, and `previews` in place of theirs.
    public init(root: String, previews: PreviewPages? = nil) {
        self.root = root
        self.previews = previews
    }

    /// The file at the decoded request `path`, or `nil` when it is missing or not allowed.
    public func getFileIdentifier(_ path: String) -> SiteFile? {
        guard let safe = try? SafePath(decodedPath: path),
              let real = try? safe.resolve(in: root)
        else { return nil }
        return previews?.file(at: safe.segments.joined(separator: "/"), real: real) ?? SiteFile.load(real)
    }

    /// The attributes were read with the file.
    public func getAttributes(id: SiteFile) async throws -> SiteFile? {
        id
    }

    /// The whole file.
    public func loadFile(id: SiteFile, context: some RequestContext) async throws -> ResponseBody {
        ResponseBody(byteBuffer: ByteBuffer(bytes: id.bytes))
    }

    /// Part of the file (`range` is clamped to its size).
    public func loadFile(id: SiteFile, range: ClosedRange<Int>, context: some RequestContext) async throws -> ResponseBody {
        let lower = max(range.lowerBound, 0)
        let upper = min(range.upperBound, id.bytes.count - 1)
        guard lower <= upper else { return ResponseBody() }
        return ResponseBody(byteBuffer: ByteBuffer(bytes: id.bytes[lower...upper]))
    }
}
