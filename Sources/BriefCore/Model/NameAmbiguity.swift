/// A short name that could mean more than one actor ("Smith" when the articles name both "Anna
/// Smith" and "John Smith"): its mentions stay unbound rather than be given to the wrong person.
public struct NameAmbiguity: Sendable, Hashable, Codable {
    /// The short name as written.
    public let name: String
    /// The full names it could mean, sorted.
    public let candidates: [String]
    /// Where it occurs: article slugs (in a corpus resolution) or empty (in one article).
    public let articles: [String]

    /// Creates the value from its parts.
    public init(name: String, candidates: [String], articles: [String]) {
        self.name = name
        self.candidates = candidates
        self.articles = articles
    }
}
