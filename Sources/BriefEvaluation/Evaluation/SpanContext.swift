import BriefCore

/// A span shown in its surroundings: some bytes either side, the span marked, on one line.
public enum SpanContext {
    /// `text` around `span` (`radius` bytes each side, widened to whole characters), with the span
    /// between ⟦ and ⟧ and line breaks as ¶. Offsets past the text are clamped.
    public static func marked(_ span: ByteSpan, in text: String, radius: Int = 60) -> String {
        let bytes = Array(text.utf8)
        let start = min(span.start, bytes.count), end = min(max(span.end, start), bytes.count)
        var from = max(0, start - radius), to = min(bytes.count, end + radius)
        while from > 0, from < bytes.count, bytes[from] & 0xC0 == 0x80 { from -= 1 }
        while to < bytes.count, bytes[to] & 0xC0 == 0x80 { to += 1 }
        let before = (from > 0 ? "…" : "") + piece(bytes[from..<start])
        let after = piece(bytes[end..<to]) + (to < bytes.count ? "…" : "")
        return before + "⟦" + piece(bytes[start..<end]) + "⟧" + after
    }

    private static func piece(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacing("\r\n", with: " ¶ ").replacing("\n", with: " ¶ ")
    }
}
