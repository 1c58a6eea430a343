/// The sentence around a span of a paragraph, found cheaply: from after the last `.`, `?` or `!`
/// followed by a space before the span, to the first such end after it. Good enough to say whether a
/// name is in the same sentence as a quotation; extraction has its own, finer sentence splitter.
enum SentenceBounds {
    /// The byte span of the sentence of `text` around `span`.
    static func around(_ span: ByteSpan, in text: String) -> ByteSpan {
        let bytes = Array(text.utf8)
        let lower = min(max(span.start, 0), bytes.count), upper = min(max(span.end, lower), bytes.count)
        var start = lower
        while start > 1, !(isEnd(bytes[start - 2]) && bytes[start - 1] == UInt8(ascii: " ")) { start -= 1 }
        if start == 1 { start = 0 }
        var end = upper
        while end < bytes.count, !(isEnd(bytes[end]) && (end + 1 == bytes.count || bytes[end + 1] == UInt8(ascii: " "))) { end += 1 }
        return ByteSpan(start: start, end: min(end + 1, bytes.count))
    }

    private static func isEnd(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }
}
