/// One block of an article's body, numbered from 1 so derived pages can link to `#pN`.
public struct Paragraph: Sendable, Hashable, Codable {
    /// 1-based position in the article; the page anchor is `p\(number)`.
    public let number: Int
    /// The block's text as plain UTF-8 (what extraction reads).
    public let text: String
    /// Rendered HTML for Markdown blocks (already carrying `id="pN"`); nil for plain-text articles,
    /// whose paragraphs are escaped from `text`.
    public let html: String?

    /// Creates the value from its parts.
    public init(number: Int, text: String, html: String? = nil) {
        self.number = number
        self.text = text
        self.html = html
    }

    /// The anchor id of this paragraph on its article page.
    public var anchor: String { "p\(number)" }
}
