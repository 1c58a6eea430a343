/// A file's text written to a ``PublishedFileSink`` piece by piece — pretty JSON byte for byte as
/// ``JSONValue/rendered(pretty:)`` writes the whole document, or raw text such as CSV rows — so the
/// elements of a long list are made, written and dropped one at a time. Pieces go out in chunks of
/// about ``chunk`` bytes.
struct JSONStream {
    /// About how many bytes are gathered before they go to the sink.
    static let chunk = 1 << 16

    private var sink: any PublishedFileSink
    private var buffer = ""

    /// A stream writing to `sink`.
    init(_ sink: any PublishedFileSink) {
        self.sink = sink
    }

    /// Appends `text` as it is.
    mutating func raw(_ text: String) {
        buffer += text
        if buffer.utf8.count >= Self.chunk { flush() }
    }

    /// Appends `value` as pretty JSON nested at `indent` spaces.
    mutating func value(_ value: JSONValue, indent: Int) {
        value.write(into: &buffer, indent: indent)
        if buffer.utf8.count >= Self.chunk { flush() }
    }

    /// Appends an array nested at `indent` spaces whose elements are `element` of each item, nil ones left out.
    mutating func array<S: Sequence>(_ items: S, indent: Int, _ element: (S.Element) -> JSONValue?) {
        var empty = true
        let inner = indent + 2
        let separator = "\n" + String(repeating: " ", count: inner)
        for item in items {
            guard let value = element(item) else { continue }
            raw(empty ? "[" + separator : "," + separator)
            empty = false
            self.value(value, indent: inner)
        }
        raw(empty ? "[]" : "\n" + String(repeating: " ", count: indent) + "]")
    }

    /// Appends an object nested at `indent` spaces whose fields' values are written by `fields`' closures, in order.
    mutating func object(indent: Int, _ fields: [(String, (inout JSONStream, _ indent: Int) -> Void)]) {
        guard !fields.isEmpty else { return raw("{}") }
        let inner = indent + 2
        let separator = "\n" + String(repeating: " ", count: inner)
        for (position, field) in fields.enumerated() {
            raw((position == 0 ? "{" : ",") + separator + JSONText.string(field.0) + ": ")
            field.1(&self, inner)
        }
        raw("\n" + String(repeating: " ", count: indent) + "}")
    }

    /// Hands what is gathered to the sink, and returns the sink.
    mutating func finish() -> any PublishedFileSink {
        flush()
        return sink
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        sink.write(buffer)
        buffer = ""
    }
}
