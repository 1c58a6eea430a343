import BriefCore

/// A value of an article's analysis that writes itself into the analysis cache's bytes and reads
/// itself back, field by field, without Codable (whose generic look-ups made reading 9,999 cached
/// analyses cost a tenth of a one-edit rebuild). Each conformance names the stored properties it
/// writes in ``storedFields``; a test compares them with the type's own by reflection, so a field
/// added to the model fails that test until the coder writes it. Reads validate as they go (bounds,
/// flags, enum cases, spans, dates) and throw ``ByteReader/Corrupt`` on anything else.
protocol AnalysisStorable {
    /// The stored properties ``store(to:)`` writes, in the type's order.
    static var storedFields: [String] { get }
    /// Writes every stored property to `writer`.
    func store(to writer: CompactWriter)
    /// Reads back what ``store(to:)`` wrote.
    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt)
}

extension CompactWriter {
    /// Writes a stored value.
    func store(_ value: some AnalysisStorable) {
        value.store(to: self)
    }

    /// Writes a list of stored values.
    func store<Item: AnalysisStorable>(_ items: [Item]) {
        list(items) { $0.store(to: self) }
    }
}

extension ByteReader {
    /// Reads a stored value.
    mutating func read<Value: AnalysisStorable>(_ type: Value.Type = Value.self) throws(Corrupt) -> Value {
        try Value(storedIn: &self)
    }

    /// Reads a list of stored values.
    mutating func readList<Item: AnalysisStorable>(_ type: Item.Type = Item.self) throws(Corrupt) -> [Item] {
        try list { reader throws(Corrupt) in try Item(storedIn: &reader) }
    }

    /// Reads an optional stored value.
    mutating func readOptional<Value: AnalysisStorable>(_ type: Value.Type = Value.self) throws(Corrupt) -> Value? {
        try optional { reader throws(Corrupt) in try Value(storedIn: &reader) }
    }

    /// Reads a list of numbers.
    mutating func numbers() throws(Corrupt) -> [Int] {
        try list { reader throws(Corrupt) in try reader.number() }
    }

    /// Reads a list of strings.
    mutating func strings() throws(Corrupt) -> [String] {
        try list { reader throws(Corrupt) in try reader.string() }
    }

    /// Reads an optional number.
    mutating func optionalNumber() throws(Corrupt) -> Int? {
        try optional { reader throws(Corrupt) in try reader.number() }
    }

    /// Reads an optional string.
    mutating func optionalString() throws(Corrupt) -> String? {
        try optional { reader throws(Corrupt) in try reader.string() }
    }

    /// Reads a value stored as its raw string, which must name one of the type's cases.
    mutating func rawValue<Value: RawRepresentable>(_ type: Value.Type = Value.self) throws(Corrupt) -> Value where Value.RawValue == String {
        let raw = try string()
        guard let value = Value(rawValue: raw) else { throw corrupt("unknown \(Value.self) \"\(raw)\"") }
        return value
    }
}

/// The rule ids by position: a rule id is stored as its index here (the cache is keyed by the binary
/// that wrote it, so the order is the same when it is read back).
private enum RuleTable {
    static let rules = RuleID.allCases
    static let index: [RuleID: Int] = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element, $0.offset) })
}

extension RuleID: AnalysisStorable {
    static var storedFields: [String] { [] }

    func store(to writer: CompactWriter) {
        writer.unsigned(UInt64(RuleTable.index[self] ?? 0))
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let index = try reader.unsigned()
        guard index < UInt64(RuleTable.rules.count) else { throw reader.corrupt("unknown rule") }
        self = RuleTable.rules[Int(index)]
    }
}

extension ByteSpan: AnalysisStorable {
    static var storedFields: [String] { ["lower", "upper"] }

    func store(to writer: CompactWriter) {
        writer.number(start)
        writer.number(end)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let start = try reader.number(), end = try reader.number()
        guard start >= 0, start <= end else { throw reader.corrupt("a span that ends before it starts") }
        self.init(start: start, end: end)
    }
}

extension Provenance: AnalysisStorable {
    static var storedFields: [String] { ["found", "speaker", "binding", "cue", "cueParagraph"] }

    func store(to writer: CompactWriter) {
        writer.store(found)
        writer.optional(speaker, writer.store)
        writer.optional(binding, writer.store)
        writer.optional(cue, writer.store)
        writer.optional(cueParagraph, writer.number)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(found: try reader.read(), speaker: try reader.readOptional(), binding: try reader.readOptional())
        cue = try reader.readOptional()
        cueParagraph = try reader.optionalNumber()
    }
}
