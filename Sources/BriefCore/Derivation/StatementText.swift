/// The words of a reported statement as a page shows them. Extraction stops a reported clause where
/// a quotation starts (the quotation is counted on its own), which leaves "warning that deception
/// was part of"; on a page the clause runs on through the quotation to the end of its sentence.
enum StatementText {
    /// The clause `span` of `paragraph`, continued through a quotation that follows it directly.
    /// `bytes` is the paragraph's UTF-8, read once for all of its statements.
    static func display(_ span: ByteSpan, in paragraph: String, bytes: [UInt8]) -> Substring {
        guard span.end <= bytes.count else { return span.slice(of: paragraph) }
        var index = span.end
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        guard let open = quoteMark(bytes, at: index), open.opens else { return span.slice(of: paragraph) }
        var depth = 0
        while index < bytes.count {
            if let mark = quoteMark(bytes, at: index) {
                depth += mark.opens ? 1 : -1
                index += mark.length
                if depth <= 0, index > 1, isTerminal(bytes[index - 1 - mark.length]) { break }
                continue
            }
            if depth <= 0, isTerminal(bytes[index]) { break }
            index += 1
        }
        return ByteSpan(start: span.start, end: min(index, bytes.count)).slice(of: paragraph)
    }

    /// Most words of a reporting verb phrase ("told reporters on Tuesday that").
    static let verbWords = 6

    /// The words that report the statement, between its speaker and its words ("denied that",
    /// "warned", "said": "Pence denied that …", "…, officials said"), so that a denial never reads as
    /// a claim; nil when the speaker is not beside the words in the paragraph.
    static func verb(speaker: ByteSpan?, statement span: ByteSpan, bytes: [UInt8]) -> String? {
        guard let speaker else { return nil }
        guard speaker.end <= bytes.count, span.end <= bytes.count else { return nil }
        var phrase: ArraySlice<UInt8>
        if speaker.end <= span.start {
            phrase = bytes[speaker.end..<span.start]
        } else if span.end <= speaker.start {
            let between = bytes[span.end..<speaker.start]
            if between.contains(where: isLetter) {
                phrase = between
            } else {
                let end = bytes[speaker.end...].firstIndex(where: { isTerminal($0) || $0 == 0x2C }) ?? bytes.count
                phrase = bytes[speaker.end..<end]
            }
        } else {
            return nil
        }
        let words = String(decoding: phrase, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "," })
        guard !words.isEmpty, words.count <= verbWords, !phrase.contains(where: isTerminal),
              !phrase.contains(0xE2) else { return nil }
        return words.joined(separator: " ")
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// A curly quotation mark at `index`: whether it opens, and its length in bytes.
    private static func quoteMark(_ bytes: [UInt8], at index: Int) -> (opens: Bool, length: Int)? {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return nil }
        switch bytes[index + 2] {
        case 0x9C: return (true, 3)     // “
        case 0x9D: return (false, 3)    // ”
        default: return nil
        }
    }

    private static func isTerminal(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x21 || byte == 0x3F }
}
