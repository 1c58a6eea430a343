/// An entry of the timeline while `EventMerger` builds it: the event so far, with what the merger
/// compares kept ready (its sources and their articles as sets; its content words once an event is
/// first compared with it, as most entries never are) and its place in source order.
struct MergedEvent {
    /// The event with every source merged into it so far.
    var event: TimelineEvent
    /// The content words of every text merged into it, or nil until ``wordsForComparison()`` is first asked.
    private var words: ContentWords?
    /// The position of its first report among the merger's input.
    let order: Int
    /// `event.sources` as a set.
    private var sourceSet: Set<EventSource>
    /// The articles of `event.sources`.
    private(set) var articles: Set<String>

    /// The entry of a first report, `event`, the `order`-th input.
    init(_ event: TimelineEvent, words: ContentWords?, order: Int) {
        self.event = event
        self.words = words
        self.order = order
        self.sourceSet = Set(event.sources)
        self.articles = Set(event.sources.map(\.article))
    }

    /// Adds another report of the same event: its sources not yet listed, in order, and its words.
    mutating func merge(_ other: TimelineEvent, words otherWords: ContentWords) {
        let fresh = other.sources.filter { !sourceSet.contains($0) }
        event.sources += fresh
        sourceSet.formUnion(fresh)
        articles.formUnion(fresh.map(\.article))
        words = wordsForComparison().union(otherWords)
    }

    /// The content words of every text merged into it, read from the first one's text the first time
    /// (the merger merges into an entry only after comparing, so its words are known from then on).
    mutating func wordsForComparison() -> ContentWords {
        if let words { return words }
        let made = EventMerger.contentWords(event.text)
        words = made
        return made
    }
}
