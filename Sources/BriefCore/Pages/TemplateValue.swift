/// The data a template renders: a small, Sendable JSON-like tree the core builds and the edge hands
/// to Mustache. Strings are escaped by `{{name}}`; values meant as markup are rendered with `{{{name}}}`.
public indirect enum TemplateValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The value under `key` when this is an object.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The string when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The elements when this is a list.
    public var listValue: [TemplateValue]? {
        if case .list(let values) = self { return values }
        return nil
    }

    /// This object with `key` set to `value` (other values are returned unchanged).
    public func setting(_ key: String, _ value: TemplateValue) -> TemplateValue {
        guard case .object(var fields) = self else { return self }
        fields[key] = value
        return .object(fields)
    }

    /// An optional string: the string, or `false` so `{{#key}}` sections skip it.
    public static func optional(_ value: String?) -> TemplateValue {
        value.map(TemplateValue.string) ?? .bool(false)
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    /// Creates the value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates the value from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// Creates the value from a literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// Creates the value from a literal.
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    /// Creates the value from a literal.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
