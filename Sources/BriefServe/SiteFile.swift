import Foundation
import Hummingbird

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One file or folder of the served site, read in one go: its attributes and contents come from
/// the same open file, so they agree even if a rebuild swaps the site in between.
///
/// HTML files carry the live-reload tag (``LiveReloadScript``); their size counts it.
public struct SiteFile: Sendable, FileMiddlewareFileAttributes {
    /// The real path on disk.
    public let path: String
    /// Whether this is a folder (then ``bytes`` is empty).
    public let isFolder: Bool
    /// The bytes to send, live-reload tag included for HTML.
    public let bytes: [UInt8]
    /// The file's modification time to the nanosecond, so two builds within one second still get
    /// different ETags.
    public let modificationDate: Date

    /// The number of bytes served.
    public var size: Int { bytes.count }

    /// Reads the file or folder at the real path `path`; `nil` when it cannot be opened.
    public static func load(_ path: String) -> SiteFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        guard isFolder || (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        guard let contents = isFolder ? [] : readAll(descriptor, sizeHint: Int(info.st_size)) else { return nil }
        return SiteFile(path: path, isFolder: isFolder,
                        bytes: isHTML(path) ? LiveReloadScript.inject(into: contents) : contents,
                        modificationDate: modificationDate(info))
    }

    /// Whether `path` names an HTML file (by extension, as the served content type is chosen).
    public static func isHTML(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        let ext = path[path.index(after: dot)...].lowercased()
        return ext == "html" || ext == "htm"
    }

    private static func readAll(_ descriptor: Int32, sizeHint: Int) -> [UInt8]? {
        var result: [UInt8] = []
        result.reserveCapacity(sizeHint)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return result }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            result.append(contentsOf: chunk[0..<count])
        }
    }

    private static func modificationDate(_ info: stat) -> Date {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Date(timeIntervalSince1970: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
    }
}
