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

extension ByteSpan: PageDigestible {
    static var digestedFields: [String] { ["start", "end"] }

    func writeDigest(to writer: CompactWriter) {
        writer.number(start)
        writer.number(end)
    }
}

extension Provenance: PageDigestible {
    static var digestedFields: [String] { ["found", "speaker", "binding", "cue", "cueParagraph"] }

    func writeDigest(to writer: CompactWriter) {
        writer.string(found.rawValue)
        writer.optional(speaker) { writer.string($0.rawValue) }
        writer.optional(binding) { writer.string($0.rawValue) }
        writer.optional(cue) { $0.writeDigest(to: writer) }
        writer.optional(cueParagraph, writer.number)
    }
}

extension Quotation: PageDigestible {
    static var digestedFields: [String] {
        ["paragraph", "span", "contentSpan", "text", "partial", "isScareQuote", "speakerText", "speakerMention",
         "speakerEntity", "attribution", "mentions", "clauseSpan", "speakerPhrase", "speakerSpan", "speakerParagraph",
         "continues", "provenance"]
    }

    func writeDigest(to writer: CompactWriter) {
        writer.number(paragraph)
        span.writeDigest(to: writer)
        contentSpan.writeDigest(to: writer)
        writer.string(text)
        writer.flag(partial)
        writer.flag(isScareQuote)
        writer.optional(speakerText, writer.string)
        writer.optional(speakerMention, writer.number)
        writer.optional(speakerEntity, writer.number)
        writer.optional(attribution) { writer.string($0.rawValue) }
        writer.list(mentions, writer.number)
        writer.optional(clauseSpan) { $0.writeDigest(to: writer) }
        writer.optional(speakerPhrase, writer.string)
        writer.optional(speakerSpan) { $0.writeDigest(to: writer) }
        writer.optional(speakerParagraph, writer.number)
        writer.optional(continues, writer.number)
        provenance.writeDigest(to: writer)
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

extension ReportedStatement: PageDigestible {
    static var digestedFields: [String] {
        ["paragraph", "span", "text", "speakerText", "speakerMention", "speakerEntity", "speakerPhrase", "speakerSpan",
         "isStance", "attribution", "provenance"]
    }

    func writeDigest(to writer: CompactWriter) {
        writer.number(paragraph)
        span.writeDigest(to: writer)
        writer.string(text)
        writer.string(speakerText)
        writer.optional(speakerMention, writer.number)
        writer.optional(speakerEntity, writer.number)
        writer.optional(speakerPhrase, writer.string)
        writer.optional(speakerSpan) { $0.writeDigest(to: writer) }
        writer.flag(isStance)
        writer.string(attribution.rawValue)
        provenance.writeDigest(to: writer)
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

extension EventSource: PageDigestible {
    static var digestedFields: [String] { ["article", "paragraph"] }

    func writeDigest(to writer: CompactWriter) {
        writer.string(article)
        writer.number(paragraph)
    }
}

extension EditorNote: PageDigestible {
    static var digestedFields: [String] { ["change", "note"] }

    func writeDigest(to writer: CompactWriter) {
        writer.string(change)
        writer.string(note)
    }
}

extension TimelineEvent: PageDigestible {
    static var digestedFields: [String] {
        ["date", "text", "expression", "scheduled", "actors", "sources", "editorNote"]
    }

    /// The date is written as the analysis cache stores it (``AnalysisStorable``).
    func writeDigest(to writer: CompactWriter) {
        writer.store(date)
        writer.string(text)
        writer.string(expression)
        writer.flag(scheduled)
        writer.list(actors, writer.string)
        writer.list(sources) { $0.writeDigest(to: writer) }
        writer.optional(editorNote) { $0.writeDigest(to: writer) }
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
