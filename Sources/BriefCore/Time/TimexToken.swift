/// One token of a text as the temporal recogniser sees it: a run of letters and digits, or one
/// punctuation character, with its byte span and lower-cased text.
struct TimexToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    let start: Int
    let end: Int
    let kind: Kind
    /// The token lower-cased (ASCII letters only; other bytes as they are).
    let lower: String
    /// Whether the first character is an upper-case ASCII letter.
    let isCapitalized: Bool
    /// Whether whitespace separates this token from the previous one (true for the first token).
    let spaceBefore: Bool
    /// Whether the first byte is an ASCII digit.
    let startsWithDigit: Bool
    /// The ``WordShape`` of the lower-cased token.
    let shape: WordShape

    /// The value of an all-digit token.
    var number: Int? { kind == .number ? Int(lower) : nil }
    /// The number of digits of an all-digit token.
    var digitCount: Int { kind == .number ? end - start : 0 }
    /// Whether this is the punctuation `character`.
    func isPunctuation(_ character: String) -> Bool { kind == .punctuation && lower == character }
}
