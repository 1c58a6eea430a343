import BriefCore

/// A value that writes the facts a page or data file could show of it straight into a digest's
/// bytes, field by field, instead of through Codable (whose generic look-ups cost more than the
/// bytes: 9–13% of a one-edit rebuild went to encoding quotations, statements and events this way).
/// Each conformance names the stored properties it writes in ``digestedFields``; a test compares
/// them with the type's own, so a field added to the model fails the test until it is digested too.
protocol PageDigestible {
    /// The stored properties ``writeDigest(to:)`` writes, in the type's order.
    static var digestedFields: [String] { get }
    /// Writes every stored property to `writer`, unambiguously (lengths and presence bytes included).
    func writeDigest(to writer: CompactWriter) throws
}

extension CompactWriter {
    /// Writes a flag as one byte.
    func flag(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    /// Writes a number.
    func number(_ value: Int) {
        signed(Int64(value))
    }

    /// Writes an optional: its presence byte, then the value `write` writes.
    func optional<Value>(_ value: Value?, _ write: (Value) throws -> Void) rethrows {
        guard let value else {
            bytes.append(0)
            return
        }
        bytes.append(1)
        try write(value)
    }

    /// Writes a list: its count, then each item.
    func list<Item>(_ items: [Item], _ write: (Item) throws -> Void) rethrows {
        unsigned(UInt64(items.count))
        for item in items { try write(item) }
    }

    /// Writes a digestible value.
    func digest(_ value: some PageDigestible) throws {
        try value.writeDigest(to: self)
    }
}

extension Array: PageDigestible where Element: PageDigestible {
    static var digestedFields: [String] { [] }

    func writeDigest(to writer: CompactWriter) throws {
        try writer.list(self) { try $0.writeDigest(to: writer) }
    }
}

extension Optional: PageDigestible where Wrapped: PageDigestible {
    static var digestedFields: [String] { [] }

    func writeDigest(to writer: CompactWriter) throws {
        try writer.optional(self) { try $0.writeDigest(to: writer) }
    }
}

extension String: PageDigestible {
    static var digestedFields: [String] { [] }

    func writeDigest(to writer: CompactWriter) {
        writer.string(self)
    }
}

extension Int: PageDigestible {
    static var digestedFields: [String] { [] }

    func writeDigest(to writer: CompactWriter) {
        writer.number(self)
    }
}

extension Bool: PageDigestible {
    static var digestedFields: [String] { [] }

    func writeDigest(to writer: CompactWriter) {
        writer.flag(self)
    }
}

extension ActorMention: PageDigestible {
    static var digestedFields: [String] { ["paragraph", "span", "actorID"] }

    func writeDigest(to writer: CompactWriter) {
        writer.number(paragraph)
        span.writeDigest(to: writer)
        writer.string(actorID)
    }
}

extension ResolvedQuote: PageDigestible {
    static var digestedFields: [String] {
        ["id", "article", "quote", "speakerId", "speaker", "mentions", "editorNote", "corrected"]
    }

    func writeDigest(to writer: CompactWriter) {
        writer.string(id)
        writer.string(article)
        quote.writeDigest(to: writer)
        writer.optional(speakerId, writer.string)
        writer.optional(speaker, writer.string)
        writer.list(mentions, writer.string)
        writer.optional(editorNote, writer.string)
        writer.flag(corrected)
    }
}

extension ResolvedStatement: PageDigestible {
    static var digestedFields: [String] { ["id", "article", "statement", "speakerId", "speaker", "text", "verb"] }

    func writeDigest(to writer: CompactWriter) {
        writer.string(id)
        writer.string(article)
        statement.writeDigest(to: writer)
        writer.optional(speakerId, writer.string)
        writer.string(speaker)
        writer.string(text)
        writer.optional(verb, writer.string)
    }
}

extension Actor.Role: PageDigestible {
    static var digestedFields: [String] { ["title", "affiliation", "text", "article"] }

    func writeDigest(to writer: CompactWriter) {
        writer.string(title)
        writer.optional(affiliation, writer.string)
        writer.string(text)
        writer.string(article)
    }
}

extension Actor: PageDigestible {
    static var digestedFields: [String] {
        ["id", "name", "kind", "roles", "aliases", "mentions", "quotes", "articles", "couldBe"]
    }

    func writeDigest(to writer: CompactWriter) {
        writer.string(id)
        writer.string(name)
        writer.string(kind.rawValue)
        writer.list(roles) { $0.writeDigest(to: writer) }
        writer.list(aliases, writer.string)
        writer.number(mentions)
        writer.number(quotes)
        writer.list(articles, writer.string)
        writer.list(couldBe, writer.string)
    }
}

/// A value the analysis cache stores digests as it is stored (``AnalysisStorable``): the same fields
/// in the same order, written by one function rather than spelled twice.
extension PageDigestible where Self: AnalysisStorable {
    static var digestedFields: [String] { storedFields }

    func writeDigest(to writer: CompactWriter) {
        store(to: writer)
    }
}

extension ByteSpan: PageDigestible {}
extension Provenance: PageDigestible {}
extension Quotation: PageDigestible {}
extension ReportedStatement: PageDigestible {}
extension EventSource: PageDigestible {}
extension EditorNote: PageDigestible {}
extension TimelineEvent: PageDigestible {}
