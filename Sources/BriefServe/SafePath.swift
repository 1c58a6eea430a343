#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a request path was refused before touching the file system.
public enum PathRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8 once decoded.
    case badEncoding
    /// A segment that is `.` or `..` (after decoding).
    case dotSegment
    /// A `\` anywhere, raw or encoded (Windows-style separators are never folders here).
    case backslash
    /// A NUL byte, raw or encoded.
    case nul
    /// A `/` that arrived encoded (`%2f`) inside a segment.
    case encodedSlash
    /// Two slashes in a row (`//`): never made by the site's links, and a redirect to such a path
    /// would leave the site (`//host/`).
    case emptySegment
    /// The path resolves (through a symbolic link) to somewhere outside the served folder.
    case outsideRoot

    /// What was wrong, for the 400 response.
    public var description: String {
        switch self {
        case .badEncoding: "malformed percent-encoding or UTF-8"
        case .dotSegment: "`.` or `..` segment"
        case .backslash: "backslash"
        case .nul: "NUL byte"
        case .encodedSlash: "encoded `/` inside a segment"
        case .emptySegment: "empty segment (`//`)"
        case .outsideRoot: "resolves outside the served folder"
        }
    }
}

/// A request path reduced to plain file-name segments that cannot climb out of a folder.
///
/// Build one from the raw request target with ``init(requestPath:)`` (percent-escapes are decoded
/// exactly once) or from an already decoded path with ``init(decodedPath:)``; then ``resolve(in:)``
/// follows symbolic links and checks that the real path is still inside the real root.
public struct SafePath: Sendable, Equatable {
    /// The decoded segments, none empty, `.`, `..`, or holding `/`, `\` or NUL.
    public let segments: [String]

    /// Decodes and checks a raw request path such as `/articles/a%20b/`. A query must already be removed.
    public init(requestPath raw: String) throws(PathRejection) {
        var segments: [String] = []
        for rawSegment in Self.split(raw) {
            segments.append(try Self.check(try Self.percentDecode(rawSegment)))
        }
        self.segments = segments
    }

    /// Checks a path whose escapes another layer has already decoded (a `/` in it is a separator).
    public init(decodedPath: String) throws(PathRejection) {
        var segments: [String] = []
        for part in Self.split(decodedPath) {
            segments.append(try Self.check(Array(part.utf8)))
        }
        self.segments = segments
    }

    /// The real path of the file or folder these segments name under `root`, or `nil` when there is
    /// none. Throws ``PathRejection/outsideRoot`` when symbolic links lead out of `root`.
    public func resolve(in root: String) throws(PathRejection) -> String? {
        guard let realRoot = Self.realPath(root) else { return nil }
        let joined = ([realRoot == "/" ? "" : realRoot] + segments).joined(separator: "/")
        guard let real = Self.realPath(joined) else { return nil }
        guard real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            throw .outsideRoot
        }
        return real
    }

    // MARK: - Steps

    /// Splits on `/`, dropping the leading empty piece of an absolute path and the trailing one of a folder path.
    private static func split(_ path: String) -> [Substring] {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.first == "" { parts.removeFirst() }
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// Validates one decoded segment.
    private static func check(_ bytes: [UInt8]) throws(PathRejection) -> String {
        if bytes.isEmpty { throw .emptySegment }
        if bytes.contains(0) { throw .nul }
        if bytes.contains(UInt8(ascii: "\\")) { throw .backslash }
        if bytes.contains(UInt8(ascii: "/")) { throw .encodedSlash }
        guard let segment = String(validating: bytes, as: UTF8.self) else { throw .badEncoding }
        if segment == "." || segment == ".." { throw .dotSegment }
        return segment
    }

    /// Decodes `%XX` escapes once; a stray `%` is an error.
    private static func percentDecode(_ segment: Substring) throws(PathRejection) -> [UInt8] {
        var output: [UInt8] = []
        var bytes = segment.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else {
                output.append(byte)
                continue
            }
            guard let high = bytes.next().flatMap(hexValue), let low = bytes.next().flatMap(hexValue) else {
                throw .badEncoding
            }
            output.append(high << 4 | low)
        }
        return output
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// `realpath(3)`: the absolute path with every symbolic link, `.` and `..` resolved; `nil` if it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
