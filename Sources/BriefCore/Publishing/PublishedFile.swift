/// One file of the published site besides its pages: its path (relative to the site root) and its text.
public struct PublishedFile: Sendable, Equatable {
    /// Where the file goes, relative to the site root (`data/quotes.json`).
    public let path: String
    /// Its contents.
    public let text: String

    /// Creates the file.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
