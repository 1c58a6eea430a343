/// An entry of `content/corrections.yml` that fixes the actors the extraction made, without
/// editing the articles: two or more actors that are one, an actor that is two people (told apart
/// by article), or a name that is no actor at all.
public struct ActorCorrection: Sendable, Hashable {
    /// What the correction does.
    public enum Action: Sendable, Hashable {
        /// The actors named in `names` are the actor named `into`: everything of theirs becomes its.
        case merge(names: [String], into: String)
        /// What the articles in `articles` say of the actor `name` belongs to another actor, `into`
        /// (an actor of the briefing, or a new one of that name).
        case split(name: String, articles: [String], into: String)
        /// The actor `name` is no actor (a word read as a name): it leaves the site, its
        /// quotations become unattributed and its statements leave the lists.
        case hide(name: String)
    }

    public let action: Action
    /// The editors' note, shown on the pages the correction changes.
    public let note: String?
    /// Where the entry is, for messages.
    public let file: String
    public let line: Int

    /// Creates the value from its parts.
    public init(action: Action, note: String? = nil, file: String, line: Int) {
        self.action = action
        self.note = note
        self.file = file
        self.line = line
    }
}
