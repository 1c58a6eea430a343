/// A class of tokens, for deciding cheaply where a temporal pattern can start: all-digit tokens,
/// words that start with a digit ("4th", "1990s", "10am"), punctuation, and listed words (lower-case).
struct TokenFilter: Sendable {
    let numbers: Bool
    let digitWords: Bool
    let punctuation: Bool
    /// The listed words.
    let words: WordSet

    init(numbers: Bool = false, digitWords: Bool = false, punctuation: Bool = false, words: [String] = []) {
        self.numbers = numbers
        self.digitWords = digitWords
        self.punctuation = punctuation
        self.words = WordSet(words)
    }

    /// Whether the token at `index` (none past the text's end) is in the class.
    func admits(_ tokens: TokenStream, _ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        switch tokens.tokens[index].kind {
        case .number: return numbers
        case .punctuation: return punctuation
        case .word: return (digitWords && tokens.tokens[index].startsWithDigit) || words.contains(tokens.tokens[index].lower)
        }
    }
}
