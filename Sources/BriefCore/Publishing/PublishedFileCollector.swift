/// A ``PublishedFileSink`` that keeps every file whole in memory, in the order they were made.
public struct PublishedFileCollector: PublishedFileSink {
    /// The files ended so far.
    public private(set) var files: [PublishedFile] = []
    private var current: (path: String, text: String)?

    /// An empty collector.
    public init() {}

    public mutating func begin(_ path: String) {
        current = (path, "")
    }

    public mutating func write(_ text: String) {
        current?.text += text
    }

    public mutating func end() {
        if let current { files.append(PublishedFile(path: current.path, text: current.text)) }
        current = nil
    }
}
