/// Recognises a line of a web page's layout left in an article's text: "Story continues below
/// advertisement", "Article Continued Below", and a link to another story after a label ("READ MORE:
/// …", "WATCH: … : Scheer"). Such a line is not part of the story: the people it names are not who the
/// next "he said" refers to, and it does not count in how far back a pronoun looks.
enum LayoutLine {
    /// Whether the tokens of a paragraph read as a layout line.
    static func isLayout(_ tokens: [Token]) -> Bool {
        opensWithLinkLabel(tokens) || isStandingLine(tokens)
    }

    /// The most words of a label before its colon.
    static let labelWords = 3

    /// "READ MORE: …", "Watch below: …".
    private static func opensWithLinkLabel(_ tokens: [Token]) -> Bool {
        guard let colon = tokens.prefix(labelWords + 1).firstIndex(where: { $0.is(":") }), colon > 0, colon + 1 < tokens.count,
              tokens[..<colon].allSatisfy({ $0.kind == .word }) else { return false }
        return CommonWords.linkLabels.contains(tokens[..<colon].map(\.lower).joined(separator: " "))
    }

    /// "Story continues below advertisement": a known line, alone, whatever its punctuation.
    private static func isStandingLine(_ tokens: [Token]) -> Bool {
        let words = tokens.filter { $0.kind == .word }
        guard !words.isEmpty, words.count <= 8, words.count + 2 >= tokens.count else { return false }
        return CommonWords.layoutLines.contains(words.map(\.lower).joined(separator: " "))
    }
}
