/// What temporal analysis finds in one article: its expressions paragraph by paragraph, the events
/// they date, and a warning when the article has no date to resolve them against.
public struct ArticleTemporalAnalysis: Sendable, Hashable, Codable {
    public let paragraphs: [ParagraphTimexes]
    public let events: [TimelineEvent]
    public let diagnostics: [Diagnostic]

    /// Analyses an article from its paragraphs as the one text pass has read them (paragraph 1 first):
    /// their tokens and sentences are not read again. `date` is the anchor, `slug` and `path` name the
    /// article in sources and warnings, `mentions` supply actor ids.
    public init(paragraphs: [ParagraphText], date: CalendarDate?, slug: String, path: String, mentions: [ActorMention] = []) {
        self.init(texts: paragraphs.map(\.text), lines: paragraphs.map { [TokenizedLine($0)] }, date: date, slug: slug,
                  path: path, mentions: mentions)
    }

    /// Analyses an article from its paragraphs' texts, tokenised and split here (each line a sentence
    /// of its own at least).
    public init(paragraphs: [String], date: CalendarDate?, slug: String, path: String, mentions: [ActorMention] = []) {
        self.init(texts: paragraphs, lines: paragraphs.map(TokenizedLine.lines(of:)), date: date, slug: slug, path: path,
                  mentions: mentions)
    }

    private init(texts: [String], lines: [[TokenizedLine]], date: CalendarDate?, slug: String, path: String,
                 mentions: [ActorMention]) {
        var found: [ParagraphTimexes] = []
        var events: [TimelineEvent] = []
        let mentionsByParagraph = Dictionary(grouping: mentions, by: \.paragraph)
        for (offset, text) in texts.enumerated() {
            let number = offset + 1
            let (timexes, sentences) = TimexTagger.analyse(text, anchor: date, lines: lines[offset])
            found.append(ParagraphTimexes(paragraph: number, timexes: timexes))
            events += EventExtractor.events(in: text, paragraph: number, timexes: timexes, sentences: sentences,
                                            anchor: date, slug: slug, mentions: mentionsByParagraph[number] ?? [])
        }
        self.paragraphs = found
        self.events = events
        self.diagnostics = Self.undatedWarning(found, date: date, path: path).map { [$0] } ?? []
    }

    /// The analysis from its parts (read back from a cache).
    public init(paragraphs: [ParagraphTimexes], events: [TimelineEvent], diagnostics: [Diagnostic]) {
        self.paragraphs = paragraphs
        self.events = events
        self.diagnostics = diagnostics
    }

    /// Every expression left unresolved, with its paragraph.
    public var unresolved: [(paragraph: Int, timex: Timex)] {
        paragraphs.flatMap { paragraph in paragraph.timexes.filter { !$0.isResolved }.map { (paragraph.paragraph, $0) } }
    }

    private static func undatedWarning(_ paragraphs: [ParagraphTimexes], date: CalendarDate?, path: String) -> Diagnostic? {
        guard date == nil else { return nil }
        let unresolved = paragraphs.flatMap(\.timexes).filter { !$0.isResolved }
        guard let first = unresolved.first else { return nil }
        let more = unresolved.count > 1 ? " and \(unresolved.count - 1) more" : ""
        return Diagnostic(.warning, file: path,
                          message: "no date: \"\(first.text)\"\(more) cannot be placed on the timeline",
                          hint: "Give the article a date (date: YYYY-MM-DD in its front matter or sidecar .yml).")
    }
}
