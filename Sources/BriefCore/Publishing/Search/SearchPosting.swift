/// One entry a word finds: the entry's number (its place in ``SearchIndex/entries(_:)``) and whether the
/// word is in its heading, which ranks it higher. Held in four bytes: a large archive's index holds
/// millions of postings while it is cut into shards.
public struct SearchPosting: Sendable, Hashable {
    /// The entry's number, shifted left once, and the heading flag in the low bit.
    private let packed: UInt32

    /// The entry's number.
    public var entry: Int { Int(packed >> 1) }
    /// Whether the word is in the entry's heading (else only in its body).
    public var inHeading: Bool { packed & 1 == 1 }

    /// Creates the posting; `entry` is below 2³¹ (a site of two billion entries is not one search can serve).
    public init(entry: Int, inHeading: Bool) {
        precondition(entry >= 0 && entry < 1 << 31, "search entry number out of range")
        packed = UInt32(entry) << 1 | (inHeading ? 1 : 0)
    }
}
