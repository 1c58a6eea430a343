/// Turns the dated expressions of one paragraph into events: each calendar-valued DATE or TIME
/// expression anchors the clause around it; durations, sets and present/past/future references do not.
enum EventExtractor {
    /// Longest line kept whole; longer sentences are cut to the clause around the date.
    static let maximumWords = 28

    /// The events of paragraph `paragraph` of article `slug`, whose text is `text`.
    static func events(in text: String, paragraph: Int, timexes: [Timex], sentences: [ByteSpan],
                       anchor: CalendarDate?, slug: String, mentions: [ActorMention]) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        var seen: Set<String> = []
        lazy var bytes = Array(text.utf8)  // read once, and only for a paragraph with events
        lazy var paragraphMentions = ParagraphMentions(mentions, paragraph: paragraph)
        var cuts = SentenceCuts()  // one sentence's clause cuts, made once for all of its dates
        for (timex, sentence) in zip(timexes, sentences) {
            guard timex.type == .date || timex.type == .time, timex.value.isCalendarValue,
                  !isAttributiveYear(timex, bytes: bytes) else { continue }
            let clause = clauseSpan(around: timex.span, in: sentence, bytes: bytes, cuts: &cuts)
            let key = "\(timex.value)|\(clause.start)"
            guard seen.insert(key).inserted else { continue }
            let actors = paragraphMentions.actorIDs(in: clause)
            let scheduled = anchor.flatMap { anchor in timex.value.firstDay.map { $0 > anchor } } ?? false
            events.append(TimelineEvent(date: timex.value, line: EventLine(clause: clause, in: text), expression: timex.text,
                                        scheduled: scheduled, actors: actors,
                                        sources: [EventSource(article: slug, paragraph: paragraph)]))
        }
        return events
    }

    /// Determiners and possessives before a year that names a thing rather than dating the clause.
    static let attributiveOpeners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"]

    /// Whether `timex` is a year used as a modifier ("the 1916 Easter Rising", "his 2012 campaign"): it
    /// names a thing, and the clause around it happened at another time.
    static func isAttributiveYear(_ timex: Timex, bytes: [UInt8]) -> Bool {
        guard timex.value.granularity == .year else { return false }
        let end = timex.span.end, start = timex.span.start
        guard end + 1 < bytes.count, bytes[end] == 0x20, (bytes[end + 1] | 0x20) >= 0x61, (bytes[end + 1] | 0x20) <= 0x7A else { return false }
        var k = start - 1
        guard k > 0, bytes[k] == 0x20 else { return false }
        while k > 0, bytes[k - 1] != 0x20 { k -= 1 }
        let previous = String(decoding: bytes[k..<(start - 1)], as: UTF8.self).lowercased()
        return attributiveOpeners.contains(previous) || previous.hasSuffix("’s") || previous.hasSuffix("'s")
    }

    /// The sentence, or when it is long, the stretch between clause punctuation (`,` `;` `:` `—`)
    /// holding the expression, widened clause by clause up to ``maximumWords``. Punctuation inside a
    /// quotation is not a clause boundary; a comma just inside a closing quotation mark (`time,”`)
    /// cuts after the mark, so no line starts or ends inside a quotation. `bytes` is the paragraph's UTF-8.
    static func clauseSpan(around timex: ByteSpan, in sentence: ByteSpan, bytes: [UInt8]) -> ByteSpan {
        var cuts = SentenceCuts()
        return clauseSpan(around: timex, in: sentence, bytes: bytes, cuts: &cuts)
    }

    /// The cuts of the last sentence a clause was cut from: a sentence holding many dates is scanned
    /// once, not once a date, so an endless sentence costs linear time.
    struct SentenceCuts {
        var sentence: ByteSpan?
        /// The sentence's start, its clause boundaries and its end, ascending; empty for a short sentence.
        var cuts: [Int] = []

        /// The cuts of `sentence`, made when it is not the one cut last.
        mutating func of(_ sentence: ByteSpan, bytes: [UInt8]) -> [Int] {
            if self.sentence != sentence {
                self.sentence = sentence
                let long = EventExtractor.wordCount(bytes, sentence, limit: maximumWords) > maximumWords
                cuts = long ? [sentence.start] + EventExtractor.clauseCuts(bytes, in: sentence) + [sentence.end] : []
            }
            return cuts
        }
    }

    /// ``clauseSpan(around:in:bytes:)`` with the sentence's cuts kept in `cuts` for the next date.
    static func clauseSpan(around timex: ByteSpan, in sentence: ByteSpan, bytes: [UInt8], cuts memo: inout SentenceCuts) -> ByteSpan {
        let cuts = memo.of(sentence, bytes: bytes)
        guard !cuts.isEmpty else { return sentence }
        let after = partition(cuts) { $0 > timex.start }, from = partition(cuts) { $0 >= timex.end }
        guard after > 0, from < cuts.count else { return sentence }
        var low = after - 1, high = from
        func wordCount(_ bytes: [UInt8], _ span: ByteSpan) -> Int { EventExtractor.wordCount(bytes, span, limit: maximumWords) }
        while true {
            let canLow = low > 0 && wordCount(bytes, ByteSpan(start: cuts[low - 1], end: cuts[high])) <= maximumWords
            let canHigh = high < cuts.count - 1 && wordCount(bytes, ByteSpan(start: cuts[low], end: cuts[high + 1])) <= maximumWords
            if canHigh { high += 1 } else if canLow { low -= 1 } else { break }
        }
        // "On Tuesday night, in a classified room in the Capitol, a group of Republicans …": a phrase of
        // time or place before the main clause is no event without it.
        while low == 0, high < cuts.count - 1, opens(TemporalLexicon.introductoryOpeners, bytes, at: cuts[0]),
              wordCount(bytes, ByteSpan(start: cuts[0], end: cuts[high])) <= introductoryWords {
            high += 1
        }
        // "Ties between China and North Korea, which had frayed … up to late 2017, seem to have warmed": a
        // relative clause is no event without the words it describes.
        while low > 0, opens(TemporalLexicon.relativeOpeners, bytes, at: cuts[low]),
              wordCount(bytes, ByteSpan(start: cuts[low - 1], end: cuts[low])) <= introductoryWords {
            low -= 1
        }
        return ByteSpan(start: cuts[low], end: cuts[high])
    }

    /// The longest phrase before a sentence's main clause that is widened to include the clause.
    static let introductoryWords = 12

    /// Whether the first word at `start` is one of `words` (lower case): "On" of "On Tuesday, …" among
    /// the openers of a phrase of time or place, "which" of ", which had frayed" among relative words.
    static func opens(_ words: WordSet, _ bytes: [UInt8], at start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
        var word: [UInt8] = []
        while index < bytes.count, word.count < 12, case let byte = bytes[index], (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
            word.append(byte | 0x20)
            index += 1
        }
        return words.contains(String(decoding: word, as: UTF8.self))
    }

    /// Byte offsets just after each clause boundary of `sentence` that lies outside quotations.
    static func clauseCuts(_ bytes: [UInt8], in sentence: ByteSpan) -> [Int] {
        var cuts: [Int] = []
        var depth = 0
        var straightOpen = false
        var index = sentence.start
        while index < sentence.end {
            let byte = bytes[index]
            let isCurly = byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            if isCurly && bytes[index + 2] == 0x9C {  // “
                depth += 1
            } else if isCurly && bytes[index + 2] == 0x9D {  // ”
                depth = max(0, depth - 1)
                if depth == 0, index > 0, [0x2C, 0x3B, 0x3A].contains(bytes[index - 1]) { cuts.append(index + 3) }
            } else if byte == 0x22 {
                straightOpen.toggle()
                if !straightOpen, index > 0, [0x2C, 0x3B, 0x3A].contains(bytes[index - 1]) { cuts.append(index + 1) }
            } else if depth == 0 && !straightOpen {
                // "2,833", "9:30": a comma or colon between digits is part of a number, not a clause's end.
                if (byte == 0x2C || byte == 0x3B || byte == 0x3A) && !isBetweenDigits(index, bytes) { cuts.append(index + 1) }
                if isCurly && bytes[index + 2] == 0x94 { cuts.append(index + 3) }  // —
            }
            index += isCurly ? 3 : 1
        }
        return cuts
    }

    /// Whether the byte at `index` stands between two ASCII digits.
    static func isBetweenDigits(_ index: Int, _ bytes: [UInt8]) -> Bool {
        let isDigit = { (b: UInt8) in b >= 0x30 && b <= 0x39 }
        return index > 0 && index + 1 < bytes.count && isDigit(bytes[index - 1]) && isDigit(bytes[index + 1])
    }

    /// The words of `span`, counted up to one more than `limit` (all that the callers compare).
    private static func wordCount(_ bytes: [UInt8], _ span: ByteSpan, limit: Int) -> Int {
        var count = 0
        var inWord = false
        for index in span.start..<span.end {
            let isSpace = bytes[index] == 0x20 || bytes[index] == 0x0A
            if !isSpace && !inWord {
                count += 1
                if count > limit { return count }
            }
            inWord = !isSpace
        }
        return count
    }

    /// The first index of ascending `values` where `isAfter` holds (binary search), or `values.count`.
    private static func partition(_ values: [Int], _ isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
