/// The raw input of one article: its file's bytes and, for `.txt`, a sidecar `NAME.yml` beside it.
public struct ArticleSource: Sendable, Hashable {
    /// Path relative to the project (`content/articles/x.txt`), used in messages.
    public let path: String
    public let bytes: [UInt8]
    /// The sidecar's path and bytes, when there is one.
    public let sidecar: Sidecar?

    /// A sidecar metadata file.
    public struct Sidecar: Sendable, Hashable {
        public let path: String
        public let bytes: [UInt8]
        /// Creates the value from its parts.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Creates the value from its parts.
    public init(path: String, bytes: [UInt8], sidecar: Sidecar? = nil) {
        self.path = path
        self.bytes = bytes
        self.sidecar = sidecar
    }

    /// The file name without folder and extension (`x` for `content/articles/x.txt`).
    public var stem: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// The lower-cased extension (`txt`, `md`).
    public var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
