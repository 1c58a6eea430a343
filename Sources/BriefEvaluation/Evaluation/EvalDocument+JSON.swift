import BriefCore

/// Reading a document from one parsed line of a corpus file, by the reference scorer's rules:
/// gold spans must be integers; predicted items with unusable spans are skipped and counted.
extension EvalDocument {
    /// Which side of the comparison a file is.
    public enum Role: Sendable {
        case gold, prediction
    }

    /// The document `json` describes. Throws when it is not an object, has no usable `id`, or (gold)
    /// a span that is not a pair of integers with 0 ≤ start ≤ end.
    public init(json: JSONValue, role: Role) throws(EvalFormatError) {
        guard case .object = json else { throw EvalFormatError("not a JSON object") }
        switch json["id"] {
        case .string(let id)?: self.init(id: id)
        case .int(let id)?: self.init(id: String(id))
        default: throw EvalFormatError("no \"id\" (a string)")
        }
        text = json["text"]?.stringValue
        date = json["date"]?.stringValue
        quotes = try Self.layer(json, "quotes", role) { item, span in
            Quote(span: span, direct: item["direct"].map(\.isTruthy) ?? (role == .prediction),
                  speaker: item["speaker"]?.stringValue, speakerSpan: Self.speakerSpan(item))
        }
        persons = try Self.layer(json, "persons", role) { _, span in span }
        timexes = try Self.layer(json, "timexes", role) { item, span in
            Timex(span: span, type: Self.text(item["type"]), value: Self.text(item["value"]))
        }
    }

    /// The layer under `key`: nil when the key is absent; a null or non-list value is an empty layer.
    private static func layer<Item>(_ json: JSONValue, _ key: String, _ role: Role,
                                    _ make: (JSONValue, ByteSpan) -> Item) throws(EvalFormatError) -> EvalLayer<Item>? {
        guard let value = json[key] else { return nil }
        var items: [Item] = []
        var skipped = 0
        for (index, item) in (value.arrayValue ?? []).enumerated() {
            let start = item["start"]?.intValue, end = item["end"]?.intValue
            if role == .gold {
                guard let start, let end, 0 <= start, start <= end else {
                    throw EvalFormatError("\(key)[\(index)]: \"start\" and \"end\" must be integers with 0 ≤ start ≤ end")
                }
                items.append(make(item, ByteSpan(start: start, end: end)))
            } else if let start, let end, 0 <= start, start < end {
                items.append(make(item, ByteSpan(start: start, end: end)))
            } else {
                skipped += 1
            }
        }
        return EvalLayer(items: items, skipped: skipped)
    }

    private static func speakerSpan(_ item: JSONValue) -> ByteSpan? {
        guard let start = item["speakerStart"]?.intValue, let end = item["speakerEnd"]?.intValue, start < end else { return nil }
        return ByteSpan(start: start, end: end)
    }

    /// A value as Python's `str()` would show it; nil for absent or null.
    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case .bool(let flag)?: return flag ? "True" : "False"
        case let other?: return other.rendered(pretty: false)
        }
    }
}
