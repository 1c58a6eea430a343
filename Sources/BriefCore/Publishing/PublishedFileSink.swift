/// Where published files go as they are made: each file begun, written in pieces and ended, so a large
/// download (`data/timelinejs.json`) is never held whole. The site streams the pieces to disk; tests
/// and small tools collect them (``PublishedFileCollector``).
public protocol PublishedFileSink {
    /// Starts the file at `path` (relative to the site root); what is written until ``end()`` is its text.
    mutating func begin(_ path: String)
    /// Appends `text` to the file begun last.
    mutating func write(_ text: String)
    /// Ends the file begun last.
    mutating func end()
}

extension PublishedFileSink {
    /// The whole file at `path` in one piece.
    public mutating func file(_ path: String, _ text: String) {
        begin(path)
        write(text)
        end()
    }
}
