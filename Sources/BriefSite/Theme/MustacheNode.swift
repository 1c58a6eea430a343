import BriefCore

/// One piece of a compiled Mustache template: templates are parsed once into a tree of these and
/// rendered straight over ``TemplateValue``, without `Any` or dynamic casts.
indirect enum MustacheNode: Sendable {
    /// Literal text from the template.
    case text(Text)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (not escaped).
    case variable(Name, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(Name, inverted: Bool, nodes: [MustacheNode])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone partial tag, which indents
    /// every line of the partial, and nil for a partial inside a line.
    case partial(String, indentation: [UInt8]?)
    /// A line of the template opens here: inside an indented partial, the indentation is written.
    case lineStart

    /// A variable's name: `.` (the current value) or a dotted path looked up through the context stack.
    enum Name: Sendable, Equatable {
        /// `{{.}}`: the value on top of the context stack.
        case current
        /// `a.b.c`: `a` is found in the nearest value on the stack that has it (only the top one when
        /// `anchored`, written `.a`), then `b` and `c` inside it.
        case path([String], anchored: Bool)

        /// Parses a tag's name as written.
        init(_ written: String) {
            let keys = written.split(separator: ".").map(String.init)
            self = keys.isEmpty ? .current : .path(keys, anchored: written.hasPrefix("."))
        }
    }

    /// Literal text, with the offsets where lines after the first begin (an indented partial writes its
    /// indentation there; empty lines get none).
    struct Text: Sendable {
        let bytes: [UInt8]
        let lineOffsets: [Int]
    }
}
