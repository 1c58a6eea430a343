import BriefCore

/// An annotation or prediction that covers a byte span of its document: what span matching pairs.
public protocol SpannedItem: Sendable {
    var span: ByteSpan { get }
}

extension ByteSpan: SpannedItem {
    /// A bare span is its own span (person mentions are nothing more).
    public var span: ByteSpan { self }
}
