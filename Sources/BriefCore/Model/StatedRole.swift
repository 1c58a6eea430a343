/// A role as the article states it: "French President" before "Emmanuel Macron", or ", the ministry’s
/// spokeswoman," after "Maria Zakharova".
public struct StatedRole: Sendable, Hashable, Codable {
    /// The title of office ("President", "spokeswoman", "Defence Minister").
    public let title: String
    /// Whose office it is: a country from a demonym ("France" from "French"), or an organisation
    /// ("Foreign Ministry"); nil when not stated.
    public let affiliation: String?
    /// The role as written ("French President", "Foreign Ministry spokeswoman").
    public let text: String
    /// The paragraph's number (1-based).
    public let paragraph: Int
    /// Where the role is written in the paragraph's text (UTF-8 bytes).
    public let span: ByteSpan
    /// The index of the ``Mention`` of the person holding the role.
    public let mention: Int

    /// Creates the value from its parts.
    public init(title: String, affiliation: String?, text: String, paragraph: Int, span: ByteSpan, mention: Int) {
        self.title = title
        self.affiliation = affiliation
        self.text = text
        self.paragraph = paragraph
        self.span = span
        self.mention = mention
    }
}
