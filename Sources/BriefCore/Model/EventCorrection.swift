/// An entry of `content/corrections.yml` that fixes an event of the timeline: the event is found by
/// words of its line (optionally in one article) and gets another date, or leaves the timeline.
public struct EventCorrection: Sendable, Hashable {
    /// What the correction does to the event it matches.
    public enum Action: Sendable, Hashable {
        /// The event happened on (or in) this calendar value: a day, a week, a month, a year, ….
        case date(TimexValue)
        /// The event is no event (a date misread): it leaves the timeline.
        case drop
    }

    /// Words of the event's line, as the timeline shows it (case and spacing aside).
    public let event: String
    /// The article that reports it (a slug, or the path or name of its file), or nil for any.
    public let article: String?
    public let action: Action
    /// The editors' note, shown beside the event and on the pages of the articles reporting it.
    public let note: String?
    /// Where the entry is, for messages.
    public let file: String
    public let line: Int

    /// Creates the value from its parts.
    public init(event: String, article: String? = nil, action: Action, note: String? = nil, file: String, line: Int) {
        self.event = event
        self.article = article
        self.action = action
        self.note = note
        self.file = file
        self.line = line
    }
}
