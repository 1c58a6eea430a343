/// One file of the generated site: its path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public let path: String
    public let bytes: [UInt8]

    /// Creates the value from its parts.
    public init(path: String, bytes: [UInt8]) {
        precondition(!path.hasPrefix("/") && !path.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }),
                     "output paths stay inside the output folder")
        self.path = path
        self.bytes = bytes
    }

    /// Creates the value from its parts.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
