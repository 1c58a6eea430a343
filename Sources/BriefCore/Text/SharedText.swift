/// Words the model holds as a slice of the paragraph they were found in, sharing its storage, instead
/// of a copy: a briefing keeps every article's paragraphs, and a quotation's or statement's words are
/// most often exactly a span of one (their copies took about 27 MB at 10,000 articles). Compares,
/// hashes and encodes as its text.
public struct SharedText: Sendable, Hashable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The words, as a slice of the text they were found in (or of their own copy).
    public let slice: Substring

    /// The words of `slice`, sharing its storage.
    public init(_ slice: Substring) {
        self.slice = slice
    }

    /// The words of `text`, sharing its storage.
    public init(_ text: String) {
        slice = text[...]
    }

    /// The words of a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The words as a string of their own.
    public var string: String { String(slice) }

    public var description: String { string }

    /// Reads the words as a string.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Writes the words as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string)
    }
}
