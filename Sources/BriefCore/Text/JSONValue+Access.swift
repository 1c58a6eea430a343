/// Reading parsed JSON: field lookup and the plain values behind the cases.
extension JSONValue {
    /// The value of `key` in an object (the last one when the key repeats), or nil.
    public subscript(_ key: String) -> JSONValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.last(where: { $0.0 == key })?.1
    }

    /// The string, or nil for any other case.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, or nil for any other case (a `.double` such as `3.0` is not an integer).
    public var intValue: Int? {
        if case .int(let value) = self { return value }
        return nil
    }

    /// The elements, or nil for any other case.
    public var arrayValue: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    /// Python's truth value of the parsed JSON: false for null, false, 0, "", [] and {}.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .bool(let value): return value
        case .int(let value): return value != 0
        case .double(let value): return value != 0
        case .string(let value): return !value.isEmpty
        case .array(let values): return !values.isEmpty
        case .object(let fields): return !fields.isEmpty
        }
    }
}
