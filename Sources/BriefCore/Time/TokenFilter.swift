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

    /// Whether `token` (nil past the text's end: never) is in the class.
    func admits(_ token: TimexToken?) -> Bool {
        guard let token else { return false }
        switch token.kind {
        case .number: return numbers
        case .punctuation: return punctuation
        case .word: return (digitWords && token.startsWithDigit) || words.contains(token.lower)
        }
    }
}
