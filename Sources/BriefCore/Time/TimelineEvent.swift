/// A dated event: the clause that holds a date expression, condensed to a line, with the date's
/// value, whether it lies after the article's date, the actors involved and every source reporting it.
public struct TimelineEvent: Sendable, Hashable, Codable {
    // The small fields last, so the value packs without padding (a timeline holds one per event).

    /// The date expression as written in the first source ("September 4").
    public let expression: String
    /// Ids of the actors mentioned in the clause, in order of first mention.
    public var actors: [String]
    /// Every article and paragraph reporting the event, in source order.
    public var sources: [EventSource]
    /// The editors' note when `content/corrections.yml` changed the event's date, shown beside it.
    public var editorNote: EditorNote? = nil
    /// The normalised date (a calendar value: day, week, month, quarter, season, year, or day with time).
    public let date: TimexValue
    /// The line shown on the timeline, as held: the words of the first source's paragraph it is made from.
    public var line: EventLine
    /// True when the date lies after the reporting article's date (a plan, not a report).
    public var scheduled: Bool

    /// Creates the value from its parts.
    public init(date: TimexValue, text: String, expression: String, scheduled: Bool, actors: [String], sources: [EventSource]) {
        self.init(date: date, line: EventLine(text), expression: expression, scheduled: scheduled, actors: actors, sources: sources)
    }

    /// Creates the value with its line as held.
    public init(date: TimexValue, line: EventLine, expression: String, scheduled: Bool, actors: [String], sources: [EventSource]) {
        self.date = date
        self.line = line
        self.expression = expression
        self.scheduled = scheduled
        self.actors = actors
        self.sources = sources
    }

    /// The line shown on the timeline.
    public var text: String {
        get { line.text }
        set { line = EventLine(newValue) }
    }

    /// The date's precision (`.day` for a date with a time is reported as `.day`).
    public var granularity: Granularity {
        let granularity = date.granularity ?? .day
        return granularity == .time ? .day : granularity
    }
}
