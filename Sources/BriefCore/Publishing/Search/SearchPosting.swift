/// One entry a word finds: the entry's number (its place in ``SearchIndex/entries(_:)``) and whether the
/// word is in its heading, which ranks it higher.
public struct SearchPosting: Sendable, Hashable {
    /// The entry's number.
    public let entry: Int
    /// Whether the word is in the entry's heading (else only in its body).
    public let inHeading: Bool

    /// Creates the posting.
    public init(entry: Int, inHeading: Bool) {
        self.entry = entry
        self.inHeading = inHeading
    }
}
