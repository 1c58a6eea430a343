/// Markup to wrap around a stretch of a paragraph's text: a quotation's `<span class="quote">` or an
/// actor's link. `open` and `close` are trusted HTML made by the core; the text between is escaped.
public struct InlineMark: Sendable, Hashable {
    /// The stretch, as UTF-8 bytes of the paragraph's plain text.
    public let span: ByteSpan
    /// The opening markup, e.g. `<a href="…">`.
    public let open: String
    /// The closing markup, e.g. `</a>`.
    public let close: String
    /// Whether the markup is a link (a link is never placed inside another link).
    public let isLink: Bool

    /// Creates the value from its parts.
    public init(span: ByteSpan, open: String, close: String, isLink: Bool = false) {
        self.span = span
        self.open = open
        self.close = close
        self.isLink = isLink
    }

    /// The marks that can be nested: sorted by start (outer first), dropping empty ones, ones that
    /// cross an earlier mark and links inside links.
    static func nestable(_ marks: [InlineMark]) -> [InlineMark] {
        var kept: [InlineMark] = []
        var stack: [InlineMark] = []
        for mark in marks.sorted(by: { ($0.span.start, -$0.span.end) < ($1.span.start, -$1.span.end) }) where mark.span.length > 0 {
            while let top = stack.last, top.span.end <= mark.span.start { stack.removeLast() }
            if let top = stack.last, mark.span.end > top.span.end { continue }
            if mark.isLink, stack.contains(where: \.isLink) { continue }
            stack.append(mark)
            kept.append(mark)
        }
        return kept
    }
}
