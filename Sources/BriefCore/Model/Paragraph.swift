/// One block of an article's body, numbered from 1 so derived pages can link to `#pN`.
public struct Paragraph: Sendable, Hashable, Codable {
    /// 1-based position in the article; the page anchor is `p\(number)`.
    public let number: Int
    /// The block's text as plain UTF-8 (what extraction reads).
    public let text: String
    /// The block's HTML when it is not ``escapedTextHTML``; nil for plain-text paragraphs and for
    /// Markdown blocks that are only their escaped text.
    private let ownHTML: String?
    /// Whether the block's HTML is its escaped text in a paragraph with its anchor and a line break,
    /// as cmark-gfm renders most of a news article's blocks: that HTML is made again when asked for
    /// instead of being held beside the text (about 40 MB at 10,000 articles).
    private let htmlIsEscapedText: Bool

    /// Rendered HTML for Markdown blocks (already carrying `id="pN"`); nil for plain-text articles,
    /// whose paragraphs are escaped from `text`.
    public var html: String? {
        htmlIsEscapedText ? Self.escapedTextHTML(number: number, text: text) : ownHTML
    }

    /// Creates the value from its parts.
    public init(number: Int, text: String, html: String? = nil) {
        self.number = number
        self.text = text
        let plain = html.map { $0 == Self.escapedTextHTML(number: number, text: text) } ?? false
        self.ownHTML = plain ? nil : html
        self.htmlIsEscapedText = plain
    }

    /// The anchor id of this paragraph on its article page.
    public var anchor: String { "p\(number)" }

    /// `<p id="pN">` and the escaped `text`, `</p>` and a line break: the HTML cmark-gfm gives a
    /// paragraph of plain text, anchored.
    static func escapedTextHTML(number: Int, text: String) -> String {
        "<p id=\"p\(number)\">" + HTMLEscaping.escape(text) + "</p>\n"
    }

    private enum CodingKeys: String, CodingKey {
        case number, text, html
    }

    /// Reads the paragraph as ``encode(to:)`` writes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(number: try container.decode(Int.self, forKey: .number), text: try container.decode(String.self, forKey: .text),
                  html: try container.decodeIfPresent(String.self, forKey: .html))
    }

    /// Writes the number, the text and the HTML (when it has its own), as the paragraph always has.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number, forKey: .number)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(html, forKey: .html)
    }
}
