/// One entry of `content/corrections.yml`: the editors fix a quotation the extraction got wrong,
/// without editing the article. The quotation is found by a fragment of its words, optionally in
/// one article; the entry gives it a speaker, or drops it as no quotation at all, with an optional
/// note shown beside it on the pages.
public struct Correction: Sendable, Hashable {
    /// What the correction does to the quotation it matches.
    public enum Action: Sendable, Hashable {
        /// The quotation is the words of this actor (a name, an alias or a profile id).
        case attribute(speaker: String)
        /// The words are no quotation (a title, a scare quote): they leave the quotation lists.
        case drop
    }

    /// Words of the quotation, as the article writes them (case and spacing aside).
    public let quote: String
    /// The article it is in (a slug, or the path or name of its file), or nil for any article.
    public let article: String?
    public let action: Action
    /// The editors' note, shown beside the corrected quotation.
    public let note: String?
    /// Where the entry is, for messages.
    public let file: String
    public let line: Int

    /// Creates the value from its parts.
    public init(quote: String, article: String? = nil, action: Action, note: String? = nil, file: String, line: Int) {
        self.quote = quote
        self.article = article
        self.action = action
        self.note = note
        self.file = file
        self.line = line
    }
}
