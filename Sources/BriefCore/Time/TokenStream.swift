/// A text's tokens as the temporal patterns read them (``TimexToken``s, the pieces of the shared
/// tokens), with its sentences, and bounds-checked access for the patterns.
struct TokenStream: Sendable {
    let tokens: [TimexToken]
    /// The sentences as ranges of ``tokens``, in order, covering every token.
    let sentences: [Range<Int>]

    /// The pieces of `lines`' tokens (see ``TimexTokenPieces``), with their spans in `bytes`, the whole
    /// text; a sentence of a line is the pieces of its tokens.
    init(lines: [TokenizedLine], bytes: UnsafeBufferPointer<UInt8>) {
        var tokens: [TimexToken] = []
        // A few tokens are cut into pieces ("U.S.", "mid-2020"): one allocation for most texts.
        tokens.reserveCapacity(lines.reduce(16) { $0 + $1.tokens.count + $1.tokens.count / 8 })
        var sentences: [Range<Int>] = []
        for line in lines {
            for sentence in line.sentences {
                let start = tokens.count
                for index in sentence {
                    TimexTokenPieces.append(line.tokens[index], offset: line.offset, bytes: bytes, to: &tokens)
                }
                if tokens.count > start { sentences.append(start..<tokens.count) }
            }
        }
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The tokens of `text`, tokenised line by line with the shared ``Tokenizer`` and split into
    /// sentences, for a text with no ``ParagraphText`` at hand.
    init(text: String) {
        let lines = TokenizedLine.lines(of: text)
        var text = text
        self = text.withUTF8 { TokenStream(lines: lines, bytes: $0) }
    }

    /// The token at `index`, or nil outside the text.
    subscript(index: Int) -> TimexToken? {
        index >= 0 && index < tokens.count ? tokens[index] : nil
    }

    var count: Int { tokens.count }

    /// The lower-cased word at `index`, or nil when it is not a word.
    func word(_ index: Int) -> String? {
        guard let token = self[index], token.kind == .word else { return nil }
        return token.lower
    }

    /// Whether the token at `index` is the punctuation `character` written without a space before it.
    func joinedPunctuation(_ index: Int, _ character: String) -> Bool {
        guard let token = self[index] else { return false }
        return token.isPunctuation(character) && !token.spaceBefore
    }

    /// Whether the token at `index` is the punctuation `character`.
    func punctuation(_ index: Int, _ character: String) -> Bool {
        self[index]?.isPunctuation(character) ?? false
    }

    /// Whether the token at `index` is an abbreviation's period ("Sept.").
    func period(after index: Int) -> Bool { joinedPunctuation(index + 1, ".") }
}
