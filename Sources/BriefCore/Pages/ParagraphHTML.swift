/// The HTML of an article paragraph with its anchor: Markdown blocks as rendered, plain text escaped.
public enum ParagraphHTML {
    /// `<p id="pN">…</p>` for plain text, or the Markdown block's own HTML (which already has the id).
    public static func render(_ paragraph: Paragraph) -> String {
        if let html = paragraph.html { return html }
        return "<p id=\"\(paragraph.anchor)\">\(HTMLEscaping.escape(paragraph.text))</p>"
    }
}
