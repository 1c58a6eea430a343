import BriefCore

/// Renders compiled ``MustacheNode``s over a ``TemplateValue`` into UTF-8 bytes. Names are looked up
/// through a stack of contexts (the innermost value that has the name wins), sections iterate lists,
/// show on `true` and push any other value, and `{{name}}` escapes the five HTML-significant characters.
struct MustacheRenderer {
    /// Partials by name; a missing one renders as nothing, as the Mustache spec asks.
    private let partials: [String: [MustacheNode]]
    private var stack: [TemplateValue] = []
    private var out: [UInt8] = []
    private var depth = 0

    /// How deeply partials may include partials before rendering stops with an error.
    static let maximumDepth = 100

    /// A renderer that finds partials in `partials`.
    init(partials: [String: [MustacheNode]]) {
        self.partials = partials
    }

    /// `nodes` rendered with `context` as the only value on the stack.
    mutating func render(_ nodes: [MustacheNode], context: TemplateValue) throws(Diagnostic) -> String {
        String(decoding: try renderBytes(nodes, context: context), as: UTF8.self)
    }

    /// `nodes` rendered with `context` as the only value on the stack, as UTF-8 bytes.
    mutating func renderBytes(_ nodes: [MustacheNode], context: TemplateValue) throws(Diagnostic) -> [UInt8] {
        stack = [context]
        out.removeAll(keepingCapacity: true)
        try render(nodes, indentation: [])
        return out
    }

    private mutating func render(_ nodes: [MustacheNode], indentation: [UInt8]) throws(Diagnostic) {
        for node in nodes {
            switch node {
            case .text(let text):
                if indentation.isEmpty || text.lineOffsets.isEmpty {
                    out.append(contentsOf: text.bytes)
                } else {
                    var from = 0
                    for offset in text.lineOffsets {
                        out.append(contentsOf: text.bytes[from..<offset])
                        out.append(contentsOf: indentation)
                        from = offset
                    }
                    out.append(contentsOf: text.bytes[from...])
                }
            case .lineStart:
                out.append(contentsOf: indentation)
            case .variable(let name, let escaped):
                guard let value = lookUp(name) else { continue }
                write(value, escaped: escaped)
            case .section(let name, let inverted, let children):
                let value = lookUp(name)
                if inverted {
                    if !Self.isTruthy(value) { try render(children, indentation: indentation) }
                    continue
                }
                switch value {
                case .none, .bool(false):
                    break
                case .bool(true):
                    try render(children, indentation: indentation)
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        try render(children, indentation: indentation)
                        stack.removeLast()
                    }
                case .some(let value):
                    stack.append(value)
                    try render(children, indentation: indentation)
                    stack.removeLast()
                }
            case .partial(let name, let own):
                guard let partial = partials[name] else { continue }
                guard depth < Self.maximumDepth else {
                    throw Diagnostic(file: "\(Theme.folderName)/\(name).mustache",
                                     message: "template error: partials nest more than \(Self.maximumDepth) deep",
                                     hint: "Check whether `\(name)` includes itself without a section that ends it.")
                }
                depth += 1
                try render(partial, indentation: own.map { indentation + $0 } ?? [])
                depth -= 1
            }
        }
    }

    /// Whether a section shows for `value`: any value but a missing one, `false` or an empty list.
    private static func isTruthy(_ value: TemplateValue?) -> Bool {
        switch value {
        case .none, .bool(false): return false
        case .list(let items): return !items.isEmpty
        default: return true
        }
    }

    /// The value `name` refers to: its first key in the nearest value on the stack that has it, the
    /// rest inside that one.
    private func lookUp(_ name: MustacheNode.Name) -> TemplateValue? {
        switch name {
        case .current:
            return stack.last
        case .path(let keys, let anchored):
            var value: TemplateValue?
            if anchored {
                if case .object(let fields) = stack.last { value = fields[keys[0]] }
            } else {
                for frame in stack.reversed() {
                    if case .object(let fields) = frame, let found = fields[keys[0]] {
                        value = found
                        break
                    }
                }
            }
            for key in keys.dropFirst() {
                guard case .object(let fields) = value else { return nil }
                value = fields[key]
            }
            return value
        }
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .string(let string):
            append(string, escaped: escaped)
        case .int(let int):
            out.append(contentsOf: String(int).utf8)
        case .bool(let bool):
            out.append(contentsOf: (bool ? "true" : "false").utf8)
        case .list, .object:
            append(Self.describe(value), escaped: escaped)
        }
    }

    private mutating func append(_ string: String, escaped: Bool) {
        let utf8 = string.utf8
        if escaped, utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
            for byte in utf8 { HTMLEscaping.append(byte, to: &out) }
        } else {
            out.append(contentsOf: utf8)
        }
    }

    /// A list or object written as a variable, the way Swift prints arrays and dictionaries (keys sorted).
    private static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .string(let string): return string.debugDescription
        case .int(let int): return String(int)
        case .bool(let bool): return bool ? "true" : "false"
        case .list(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .object(let fields):
            guard !fields.isEmpty else { return "[:]" }
            return "[" + fields.sorted { $0.key < $1.key }.map { "\($0.key.debugDescription): \(describe($0.value))" }.joined(separator: ", ") + "]"
        }
    }
}
