import BriefCore

/// Fills the quotes and persons layers of ``DocumentAnalyzer``'s record: the document's lines are its
/// paragraphs, each analysed by ``ArticleAnalyzer``, and the spans are moved back to offsets in the
/// whole text. A quote's speaker is the speaker's phrase as the attribution writes it ("Sen. Bernie
/// Sanders", "the spokesman", "he") with its byte span, as the gold corpora annotate it, and the
/// entity it resolves to in the document (``CorpusAnalyzer`` names the actor, `speakerName`); scare quotes and titles are left out. A fragment
/// quoted inside reported speech (lower-case first word) is written as its reported clause with
/// `direct: false`, as the gold corpora annotate it (the lower-case second half of a quotation split
/// by its attribution stays direct); statements reported without quotation marks
/// are written with `direct: false` too.
public enum AttributionLayer {
    /// Quotations with fewer words and no speaker are left out of the record.
    static let minimumUnattributedWords = 3

    /// Adds the quotes, persons and entities of `input` to `record` and returns the analysis they came
    /// from (its entity indices are those `record` refers to), or nil for a text with no words.
    /// `tokenized` receives the text's lines as they were tokenised and split, for dates.
    @discardableResult
    public static func fill(_ record: inout AnalysisRecord, from input: AnalysisInput, tokenized: inout [TokenizedLine]) -> ArticleAnalysis? {
        let lines = paragraphLines(input.text)
        guard !lines.isEmpty else { return nil }
        let paragraphs = lines.enumerated().map { ParagraphText(number: $0.offset + 1, text: $0.element.text) }
        tokenized = zip(lines, paragraphs).map { TokenizedLine($1, offset: $0.offset) }
        let analysis = ArticleAnalyzer.analyze(prepared: paragraphs, byline: nil)
        var emitted: Set<ByteSpan> = []
        for quote in analysis.quotes where !quote.isScareQuote {
            guard quote.speakerText != nil || hasWords(quote.text, atLeast: minimumUnattributedWords) else { continue }
            let offset = lines[quote.paragraph - 1].offset
            let speaker = quote.speakerPhrase ?? quote.speakerText
            // A fragment inside reported speech is reported as the reported clause, not as a direct quotation.
            let fragment = quote.isFragment
            var local = fragment ? (quote.clauseSpan ?? quote.span) : quote.span
            // A fragment no pattern attributed that ends the clause of a reported statement ("Ames said the
            // plan is “a disaster from the start”") is that statement's: its speaker, from its start.
            // A fragment no verb introduces, inside the clause of a reported statement ("Ames said Kim will
            // do “very, very well” in Nevada", "The plan is “a disaster” for the city, Ames said"), is that
            // statement, with its speaker.
            let holder = fragment && quote.clauseSpan == nil ? reportedClause(around: quote, in: analysis.reported) : nil
            let statement = holder ?? (fragment && quote.speakerText == nil ? reportedClause(before: quote, in: analysis.reported, text: lines[quote.paragraph - 1].text) : nil)
            if let statement { local = ByteSpan(start: statement.span.start, end: max(statement.span.end, quote.span.end)) }
            let span = ByteSpan(start: local.start + offset, end: local.end + offset)
            guard emitted.insert(span).inserted else { continue }
            var out = AnalysisRecord.Quote(span: span, speaker: statement.map { $0.speakerPhrase ?? $0.speakerText } ?? speaker, direct: !fragment)
            out.provenance = statement?.provenance ?? quote.provenance
            if let statement {
                out.speakerEntity = statement.speakerEntity
                out.speakerSpan = statement.speakerSpan.map { shift($0, by: offset) }
            } else {
                out.speakerEntity = quote.speakerEntity
                if let bytes = quote.speakerSpan, let number = quote.speakerParagraph {
                    out.speakerSpan = shift(bytes, by: lines[number - 1].offset)
                }
            }
            record.quotes.append(out)
        }
        for statement in analysis.reported {
            let offset = lines[statement.paragraph - 1].offset
            let span = ByteSpan(start: statement.span.start + offset, end: statement.span.end + offset)
            guard !emitted.contains(where: { $0.overlaps(span) }) else { continue }
            emitted.insert(span)
            var out = AnalysisRecord.Quote(span: span, speaker: statement.speakerPhrase ?? statement.speakerText, direct: false)
            out.provenance = statement.provenance
            out.speakerEntity = statement.speakerEntity
            out.speakerSpan = statement.speakerSpan.map { shift($0, by: offset) }
            record.quotes.append(out)
        }
        record.quotes.sort { $0.span < $1.span }
        for mention in analysis.mentions {
            let span = shift(mention.span, by: lines[mention.paragraph - 1].offset)
            if mention.kind == .person { record.persons.append(span) }
            record.entities.append(AnalysisRecord.Entity(span: span, kind: mention.kind, entity: mention.entity))
        }
        return analysis
    }

    /// The most bytes (spaces, punctuation) between a reported clause cut before a quotation and the quotation.
    static let clauseGap = 4

    /// The reported statement of the quotation's paragraph whose clause, cut before a quotation, ends
    /// right before `quote` with nothing but spaces and punctuation between; nil when there is none.
    static func reportedClause(before quote: Quotation, in reported: [ReportedStatement], text: String) -> ReportedStatement? {
        let bytes = Array(text.utf8)
        return reported.first { s in
            guard s.paragraph == quote.paragraph, s.span.end <= quote.span.start, quote.span.start - s.span.end <= clauseGap else { return false }
            return bytes[s.span.end..<quote.span.start].allSatisfy { !(($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39)) }
        }
    }

    /// The reported statement of the quotation's paragraph whose clause starts before the quotation
    /// and runs into its words (its final punctuation and closing mark may stay out); nil when there is none.
    static func reportedClause(around quote: Quotation, in reported: [ReportedStatement]) -> ReportedStatement? {
        reported.first { $0.paragraph == quote.paragraph && $0.span.start <= quote.span.start && $0.span.end > quote.contentSpan.start }
    }

    /// Whether `text` has at least `n` words between spaces (`text.split(separator: " ").count >= n`),
    /// read only up to the first character of the `n`th word.
    static func hasWords(_ text: String, atLeast n: Int) -> Bool {
        var count = 0
        var inWord = false
        for character in text {
            if character == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= n { return true }
            }
        }
        return count >= n
    }

    /// `span` moved by `offset` bytes.
    static func shift(_ span: ByteSpan, by offset: Int) -> ByteSpan {
        ByteSpan(start: span.start + offset, end: span.end + offset)
    }

    /// The non-blank lines of `text` with their UTF-8 offsets.
    static func paragraphLines(_ text: String) -> [(offset: Int, text: String)] {
        lineRanges(text).map { ($0.lowerBound, text.utf8Slice($0.lowerBound, $0.upperBound)) }
    }

    /// The byte ranges of the non-blank lines of `text`, found on its bytes (a line ends at a line
    /// feed; spaces, tabs and carriage returns are blank).
    static func lineRanges(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { utf8 in
            var out: [Range<Int>] = []
            var start = 0
            while start <= utf8.count {
                let end = lineEnd(utf8, from: start)
                let line = UnsafeBufferPointer(rebasing: utf8[start..<end])
                if line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) { out.append(start..<end) }
                start = end + 1
            }
            return out
        }
    }

    /// The index of the first line feed at or after `start`, or the end of `bytes`: eight bytes at a
    /// time (a word with no byte 0x0A has no zero byte after XOR with 0x0A repeated), then byte by byte.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
        }
        while i < bytes.count && bytes[i] != 0x0A { i += 1 }
        return i
    }
}
