/// Finds the quotations of a paragraph: text between double quotation marks, curly (“…”, „…“, «…»)
/// or straight ("…"). Single marks (‘…’) are left inside as nested quotations or apostrophes. A
/// mark's glyph says whether it opens or closes; when the glyph and the spacing disagree (a typed “
/// that closes), the spacing wins. A quotation still open at the end of the paragraph is unclosed:
/// it continues in the next paragraph if that one opens with a quotation mark.
public enum QuotationScanner {
    /// One quotation as token indices of its marks.
    public struct Segment: Sendable, Hashable {
        /// The index of the opening mark.
        public let open: Int
        /// The index of the closing mark, or nil when the quotation is not closed in the paragraph.
        public let close: Int?
        /// The index after the quoted words: the closing mark, or where an unclosed quotation stops.
        public let limit: Int

        /// The token indices of the marks and the words between them.
        public var tokens: Range<Int> { open..<(close.map { $0 + 1 } ?? limit) }
    }

    /// The quotations of `tokens`, in order; empty ones are dropped.
    public static func scan(_ tokens: [Token]) -> [Segment] {
        var segments: [Segment] = []
        var open: Int?
        // By index: `enumerated()` copied every token (retaining its strings) to test one field.
        for i in tokens.indices where tokens[i].isDoubleQuote {
            let token = tokens[i]
            let closesBySpacing = !token.spaceBefore && (i + 1 == tokens.count || tokens[i + 1].spaceBefore || tokens[i + 1].kind == .punctuation)
            let opensBySpacing = (token.spaceBefore || i == 0 || tokens[i - 1].kind == .punctuation) && i + 1 < tokens.count && !tokens[i + 1].spaceBefore
            if let start = open {
                if token.quoteMark == .openDouble && !closesBySpacing {
                    // A new quotation opens before the last one closed: end that one here.
                    if i > start + 1 { segments.append(Segment(open: start, close: nil, limit: i)) }
                    open = i
                } else {
                    if i > start + 1 { segments.append(Segment(open: start, close: i, limit: i)) }
                    open = nil
                }
            } else if token.quoteMark != .closeDouble || (opensBySpacing && !closesBySpacing) {
                open = i
            }
        }
        if let start = open, start + 1 < tokens.count {
            segments.append(Segment(open: start, close: nil, limit: tokens.count))
        }
        return segments
    }
}
