/// A paragraph prepared for extraction: its tokens, its sentences, and which tokens lie inside
/// quotation marks.
public struct ParagraphText: Sendable {
    /// The paragraph's number (1-based).
    public let number: Int
    /// The paragraph's text.
    public let text: String
    /// The paragraph's tokens, in order.
    public let tokens: [Token]
    /// Sentences as ranges of token indices.
    public let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    public let sentenceOf: [Int]
    /// The quotations found by ``QuotationScanner``.
    public let quotes: [QuotationScanner.Segment]
    /// For each token, whether it lies inside quotation marks (the marks included).
    public let insideQuote: [Bool]
    /// For each token, the word lists its lower-case form belongs to.
    let flags: [LexicalFlags]
    /// Whether the paragraph reads as a photo caption (``PhotoCaption``).
    let isCaption: Bool
    /// Whether the paragraph is a line of the web page's layout (``LayoutLine``).
    let isLayout: Bool

    /// Tokenises `text`, splits it into sentences and finds its quotations.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
        let (tokens, tokenFlags) = Tokenizer.tokenizeWithFlags(text)
        var flags = tokenFlags
        self.tokens = tokens
        let sentences = SentenceSplitter.sentences(tokens)
        self.sentences = sentences
        var sentenceOf = [Int](repeating: 0, count: tokens.count)
        for (index, range) in sentences.enumerated() {
            for t in range { sentenceOf[t] = index }
        }
        self.sentenceOf = sentenceOf
        let quotes = QuotationScanner.scan(tokens)
        self.quotes = quotes
        var inside = [Bool](repeating: false, count: tokens.count)
        for quote in quotes {
            for t in quote.tokens { inside[t] = true }
        }
        self.insideQuote = inside
        Self.readShapes(&flags, tokens: tokens, sentenceOf: sentenceOf, sentences: sentences)
        self.flags = flags
        self.isCaption = PhotoCaption.isCaption(tokens)
        self.isLayout = LayoutLine.isLayout(tokens)
    }

    /// Adjusts `flags` by each capitalised word's shape and place, in one pass: a word shaped like
    /// "Trump-style", "Saudi-led" or "Sanders-supporting" is never (part of) a name — a name before a
    /// hyphen and a lower-case word is an adjective; an occupation capitalised inside a sentence is
    /// no title ("the Singer World Series"), while "singer Joni Mitchell" and a sentence's first word
    /// keep it.
    static func readShapes(_ flags: inout [LexicalFlags], tokens: [Token], sentenceOf: [Int], sentences: [Range<Int>]) {
        for i in tokens.indices where tokens[i].kind == .word && tokens[i].isCapitalized {
            if flags[i].contains(.occupation), sentences[sentenceOf[i]].lowerBound != i, !ShoutedText.isInCapitals(tokens[i].text) {
                flags[i].subtract([.roleWord, .titleHead])
            }
            if isHyphenatedModifier(tokens[i].text) { flags[i].formUnion([.neverName, .breaksName]) }
        }
    }

    /// Whether `word` ends in a hyphen and a lower-case participle or modifier ("Trump-style",
    /// "Obama-era", "Saudi-led", "Sanders-supporting"); romanised names keep theirs ("Lee Ki-choo").
    static func isHyphenatedModifier(_ word: String) -> Bool {
        let bytes = word.utf8
        guard let hyphen = bytes.lastIndex(of: UInt8(ascii: "-")), hyphen != bytes.startIndex else { return false }
        let after = bytes.index(after: hyphen)
        guard after != bytes.endIndex, bytes[after...].allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return false }
        let tail = String(decoding: bytes[after...], as: UTF8.self)
        // Participles of five letters or more: "ming" or "ted" may end a romanised given name.
        return (tail.utf8.count >= 5 && (tail.hasASCIISuffix("ed") || tail.hasASCIISuffix("ing"))) || CommonWords.modifierTails.contains(tail)
    }

    /// The text of tokens `range`, as written (from the first token's start to the last one's end).
    public func text(of range: Range<Int>) -> String {
        guard let first = range.first, let last = range.last else { return "" }
        return text(of: ByteSpan(start: tokens[first].span.start, end: tokens[last].span.end))
    }

    /// The text of the bytes `span` (`span.text(in: text)`; copied without decoding where the span
    /// starts and ends at scalars, as token spans do).
    func text(of span: ByteSpan) -> String {
        text.utf8Slice(span.start, span.end)
    }

    /// Whether a sentence starts at token `index` (sentences are not empty and cover every token).
    @inline(__always)
    func startsSentence(_ index: Int) -> Bool { sentences[sentenceOf[index]].lowerBound == index }

    /// The token at `index`, or nil past either end.
    @inline(__always)
    func token(_ index: Int) -> Token? { index >= 0 && index < tokens.count ? tokens[index] : nil }

    /// The flags of the token at `index`, or [] past either end (as for the word "").
    @inline(__always)
    func flags(_ index: Int) -> LexicalFlags { index >= 0 && index < flags.count ? flags[index] : [] }

    /// The flags of the token at `index` without its possessive ending (those of
    /// ``Token/lowerWithoutPossessive``).
    @inline(__always)
    func flagsWithoutPossessive(_ index: Int) -> LexicalFlags {
        tokens[index].possessiveLength == 0 && tokens[index].kind == .word
            ? flags[index] : LexicalFlags.of(tokens[index].lowerWithoutPossessive)
    }

    /// The lower-case word at `index`, or "" when there is none.
    @inline(__always)
    func lower(_ index: Int) -> String { index >= 0 && index < tokens.count ? tokens[index].lower : "" }

    /// Whether the token at `index` is the word `word` (lower case, ASCII), for scans over every token:
    /// the byte length is compared first, so most tokens cost no string comparison.
    @inline(__always)
    func isWord(_ index: Int, _ word: String) -> Bool {
        index >= 0 && index < tokens.count && tokens[index].span.end - tokens[index].span.start == word.utf8.count
            && tokens[index].lower == word
    }
}
