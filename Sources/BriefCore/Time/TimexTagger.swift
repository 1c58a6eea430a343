/// Finds and normalises the temporal expressions of a text against an anchor date: the entry point
/// for `brief analyze` and for events.
public enum TimexTagger {
    /// The temporal expressions of `text`, in order, normalised against `anchor` (the article's date;
    /// nil leaves expressions that need it unresolved). `text` is tokenised and split here, line by line.
    public static func timexes(in text: String, anchor: CalendarDate?) -> [Timex] {
        analyse(text, anchor: anchor, lines: TokenizedLine.lines(of: text)).timexes
    }

    /// The temporal expressions of `text` read from `lines`, its lines as the shared tokeniser and
    /// sentence splitter have read them already (``TokenizedLine``): the text is not tokenised again.
    public static func timexes(in text: String, anchor: CalendarDate?, lines: [TokenizedLine]) -> [Timex] {
        analyse(text, anchor: anchor, lines: lines).timexes
    }

    /// Timexes with the sentence (byte span) each one is in, read from `lines`, the shared tokens and
    /// sentences of `text`.
    static func analyse(_ text: String, anchor: CalendarDate?, lines: [TokenizedLine]) -> (timexes: [Timex], sentences: [ByteSpan]) {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = TokenStream(lines: lines, bytes: bytes)
            let sentences = tokens.sentences
            let normalizer = TimexNormalizer(anchor: anchor)
            var timexes: [Timex] = []
            var sentenceSpans: [ByteSpan] = []
            var reference: TimexValue?
            var sentenceIndex = 0
            for found in TimexRecognizer.recognize(tokens) {
                while sentenceIndex < sentences.count - 1, sentences[sentenceIndex].upperBound <= found.tokens.lowerBound {
                    sentenceIndex += 1
                }
                let sentence = sentences.isEmpty ? 0..<tokens.count : sentences[sentenceIndex]
                let direction = TenseDirection.of(found.tokens, in: tokens, sentence: sentence)
                guard let value = normalizer.value(of: found.meaning, direction: direction, reference: reference) else { continue }
                if value.isCalendarValue, updatesReference(found.meaning) { reference = value }
                let span = ByteSpan(start: tokens.tokens[found.tokens.lowerBound].start, end: tokens.tokens[found.tokens.upperBound - 1].end)
                let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
                timexes.append(Timex(span: span, text: written, type: type(found.type, value), value: value))
                sentenceSpans.append(ByteSpan(start: tokens.tokens[sentence.lowerBound].start,
                                              end: tokens.tokens[sentence.upperBound - 1].end))
            }
            return (timexes, sentenceSpans)
        }
    }

    /// Shifts ("a year earlier") and clock times read the reference; they do not move it.
    private static func updatesReference(_ meaning: TimexMeaning) -> Bool {
        switch meaning {
        case .shift, .clock: false
        default: true
        }
    }

    private static func type(_ recognized: TimexType, _ value: TimexValue) -> TimexType {
        if case .dayTime = value { return .time }
        return recognized == .time ? .date : recognized
    }
}
