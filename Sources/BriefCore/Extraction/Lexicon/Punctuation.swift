// Dashes and other punctuation read as words: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// The apostrophes that end a plural possessive ("Sanders’ campaign").
    static let apostrophes = WordList.set("’ '")

    /// Dashes that set a byline or an attribution off from a quotation.
    static let dashes: Set<String> = ["—", "–", "―"]
}

extension SentenceSplitter {
    /// Dashes that close a dateline.
    static let datelineDashes: Set<String> = ["—", "–", "-", "―"]
}
