/// Counted nouns for page text: "1 quote", "3 quotes".
enum Plural {
    /// `n` and the noun, with an `s` unless `n` is 1.
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }
}
