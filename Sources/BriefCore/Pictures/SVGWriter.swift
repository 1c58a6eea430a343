/// Writes SVG markup for pictures made at build time: elements with escaped attribute values and
/// text, numbers with at most two decimals, and the accessible `<svg role="img">` wrapper. Colours
/// come from CSS classes (see the theme's `.chart-*` rules), so pictures follow light and dark mode.
public struct SVGWriter: Sendable {
    /// The markup written so far, without the outer `<svg>`.
    public private(set) var body = ""

    /// Creates an empty value.
    public init() {}

    /// An empty element, e.g. `line`, with attributes in the given order; `title` adds a tooltip child.
    public mutating func element(_ name: String, _ attributes: [(String, SVGAttribute)], title: String? = nil) {
        body += "<\(name)" + Self.attributes(attributes)
        if let title {
            body += "><title>\(HTMLEscaping.escape(title))</title></\(name)>"
        } else {
            body += "/>"
        }
    }

    /// A `<text>` element holding `text`, escaped.
    public mutating func text(_ text: String, _ attributes: [(String, SVGAttribute)]) {
        body += "<text" + Self.attributes(attributes) + ">" + HTMLEscaping.escape(text) + "</text>"
    }

    /// A `<g>` around what `content` writes.
    public mutating func group(_ attributes: [(String, SVGAttribute)], _ content: (inout SVGWriter) -> Void) {
        container("g", attributes, content)
    }

    /// An element `name` (e.g. `a`) around what `content` writes.
    public mutating func container(_ name: String, _ attributes: [(String, SVGAttribute)], _ content: (inout SVGWriter) -> Void) {
        body += "<\(name)" + Self.attributes(attributes) + ">"
        content(&self)
        body += "</\(name)>"
    }

    /// A `<title>` child (a tooltip, and the name of the element it is in), escaped.
    public mutating func title(_ text: String) {
        body += "<title>" + HTMLEscaping.escape(text) + "</title>"
    }

    /// The finished picture: `<svg>` with a `viewBox`, `role="img"` and `aria-labelledby` pointing at
    /// its `<title>` and `<desc>` (ids made from `id`), then the body. Scales to its container's width.
    public func document(id: String, title: String, description: String, width: Double, height: Double,
                         className: String = "chart") -> String {
        let titleID = "\(id)-title", descID = "\(id)-desc"
        return "<svg" + Self.attributes([
            ("class", .text(className)), ("id", .text(id)), ("viewBox", .text("0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))")),
            ("width", .number(width)), ("height", .number(height)), ("role", .text("img")),
            ("aria-labelledby", .text("\(titleID) \(descID)")), ("xmlns", .text("http://www.w3.org/2000/svg")),
        ]) + "><title id=\"\(titleID)\">\(HTMLEscaping.escape(title))</title><desc id=\"\(descID)\">"
            + HTMLEscaping.escape(description) + "</desc>" + body + "</svg>"
    }

    private static func attributes(_ attributes: [(String, SVGAttribute)]) -> String {
        attributes.map { " \($0.0)=\"\($0.1.rendered)\"" }.joined()
    }
}

/// An attribute value: text (escaped when written) or a number (written with at most two decimals).
public enum SVGAttribute: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    case text(String)
    case number(Double)

    /// Creates the value from a literal.
    public init(stringLiteral value: String) { self = .text(value) }
    /// Creates the value from a literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// Creates the value from a literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }

    /// The value as written between the quotes.
    public var rendered: String {
        switch self {
        case .text(let text): HTMLEscaping.escape(text)
        case .number(let number): SVGNumber.format(number)
        }
    }
}
