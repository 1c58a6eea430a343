/// Renders a paragraph with inline marks (quotations, links to actors) placed on its text: plain
/// text is escaped around the marks; a Markdown block's HTML is walked tag by tag, its text aligned
/// with the plain text extraction read, and the marks placed where they nest cleanly. When the
/// alignment fails or a mark would cross an element, the paragraph is shown unmarked — never broken.
public enum InlineMarkup {
    /// The paragraph's HTML with `marks` placed (the plain `ParagraphHTML` when there are none).
    public static func render(_ paragraph: Paragraph, marks: [InlineMark]) -> String {
        let kept = InlineMark.nestable(marks)
        guard !kept.isEmpty else { return ParagraphHTML.render(paragraph) }
        if let html = paragraph.html {
            return marked(html: html, plain: paragraph.text, marks: kept) ?? html
        }
        return "<p id=\"\(paragraph.anchor)\">\(marked(plain: paragraph.text, marks: kept))</p>"
    }

    /// Escaped plain text with the marks placed.
    static func marked(plain text: String, marks: [InlineMark]) -> String {
        let bytes = Array(text.utf8)
        var writer = MarkWriter(marks)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + marks.count * 48)
        for (offset, byte) in bytes.enumerated() {
            _ = writer.open(at: offset, into: &out)
            HTMLEscaping.append(byte, to: &out)
            _ = writer.close(at: offset + 1, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The HTML with the marks placed on its text, or nil when its text does not align with `plain`
    /// or a mark would not nest inside the elements around it.
    static func marked(html: String, plain: String, marks: [InlineMark]) -> String? {
        let source = Array(html.utf8), text = Array(plain.utf8)
        var writer = MarkWriter(marks)
        var out: [UInt8] = []
        out.reserveCapacity(source.count + marks.count * 48)
        var position = 0, index = 0
        while index < source.count {
            if source[index] == 0x3C {
                guard let tag = HTMLTag(source, at: index) else { return nil }
                writer.enter(tag)
                out.append(contentsOf: source[index..<tag.end])
                index = tag.end
                continue
            }
            let (decoded, length) = HTMLTag.character(source, at: index)
            guard let decoded else { return nil }
            let here = position < text.count ? text[position] : nil
            if isSpace(decoded[0]) && !(here.map(isSpace) ?? false) {
                out.append(contentsOf: source[index..<index + length])       // whitespace only the HTML has
                index += length
                continue
            }
            if isSpace(decoded[0]) {
                position += 1                                                 // whitespace on both sides
            } else {
                while position < text.count, isSpace(text[position]) { position += 1 }
                guard position + decoded.count <= text.count,
                      text[position..<position + decoded.count].elementsEqual(decoded) else { return nil }
                guard writer.open(at: position, into: &out) else { return nil }
                position += decoded.count
            }
            out.append(contentsOf: source[index..<index + length])
            guard writer.close(at: position, into: &out) else { return nil }
            index += length
        }
        return writer.isFinished ? String(decoding: out, as: UTF8.self) : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }
}
