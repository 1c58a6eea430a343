/// A JSON document with object keys kept in the order they were given, so the site's data files
/// are deterministic and diff well. Rendered by hand (no Foundation), pretty or compact.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    /// A number that is not an integer (or too large for `Int`), rendered in its shortest exact form.
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// An optional string: the string, or `null`.
    public static func optional(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The document as text: two-space indented when `pretty`, else on one line. Ends without a newline.
    public func rendered(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    /// Appends the document to `out`: pretty at nesting `indent` spaces, or compact when nil.
    func write(into out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .double(let value): out += value.isFinite ? value.description : "null"
        case .string(let value): JSONText.append(value, to: &out)
        case .array(let values):
            writeContainer(into: &out, indent: indent, open: "[", close: "]", count: values.count) { out, index, inner in
                values[index].write(into: &out, indent: inner)
            }
        case .object(let fields):
            writeContainer(into: &out, indent: indent, open: "{", close: "}", count: fields.count) { out, index, inner in
                JSONText.append(fields[index].0, to: &out)
                out += indent == nil ? ":" : ": "
                fields[index].1.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(into out: inout String, indent: Int?, open: String, close: String, count: Int,
                                element: (inout String, Int, Int?) -> Void) {
        guard count > 0 else {
            out += open + close
            return
        }
        out += open
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { out += "," }
            if let inner { JSONText.appendLineBreak(indent: inner, to: &out) }
            element(&out, index, inner)
        }
        if let indent { JSONText.appendLineBreak(indent: indent, to: &out) }
        out += close
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(pretty: false) == rhs.rendered(pretty: false)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rendered(pretty: false))
    }
}
