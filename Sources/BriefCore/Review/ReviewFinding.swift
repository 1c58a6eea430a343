/// One thing `brief check` asks an editor to look at: what kind it is, the file and paragraph it is
/// in, the words to find its line by, and a message with a hint. The edges turn the paragraph and
/// the words into a line number of the source file.
public struct ReviewFinding: Sendable, Hashable {
    /// What the finding is about.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A quotation without a speaker in a sentence that names someone.
        case unattributedQuote = "unattributed-quote"
        /// A quotation whose speaker was inferred (a pronoun, a role) rather than named.
        case inferredAttribution = "inferred-attribution"
        /// An article without a publication date.
        case undatedArticle = "undated-article"
        /// A date expression that could not be placed on the calendar.
        case unplacedDate = "unplaced-date"
        /// A short name that could mean several actors.
        case ambiguousName = "ambiguous-name"
        /// Two actors whose names look like spellings of one.
        case lookAlikeActors = "look-alike-actors"
        /// An actor that is likely no actor ("Department", "Housekeeping").
        case likelyNonEntity = "likely-non-entity"
        /// A link in a Markdown article to a page or anchor the site does not have.
        case brokenLink = "broken-link"
        /// A problem the build itself reports (bad front matter, a template error, …).
        case build
    }

    /// How much a finding weighs: errors fail `brief check`, warnings fail it with `--strict`, notes
    /// never do (what the pages already show, such as an inferred attribution marked as inferred).
    public enum Level: String, Sendable, Hashable {
        case error, warning, note
    }

    public let kind: Kind
    public let severity: Level
    /// The file, relative to the project.
    public let file: String
    /// The article's paragraph (1-based) the finding is in, when it is in one.
    public let paragraph: Int?
    /// Words of the source to find the finding's line by, when there are any.
    public let excerpt: String?
    public let message: String
    public let hint: String?

    /// Creates the value from its parts.
    public init(_ kind: Kind, _ severity: Level = .warning, file: String, paragraph: Int? = nil,
                excerpt: String? = nil, message: String, hint: String? = nil) {
        self.kind = kind
        self.severity = severity
        self.file = file
        self.paragraph = paragraph
        self.excerpt = excerpt
        self.message = message
        self.hint = hint
    }
}
