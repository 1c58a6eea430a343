/// Bounds-checked access to a text's tokens for the recogniser's patterns.
struct TokenStream: Sendable {
    let tokens: [TimexToken]

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
