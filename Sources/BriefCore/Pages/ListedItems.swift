/// Quotations, statements or events a page lists, named as a page's inputs (``PageInputs``): each
/// item picked from the briefing by its position, with what any page shows beside it that the
/// briefing's index decides (its article's title and date, the page of its speaker's list that
/// holds it, an event's sources' titles, actors' names and timeline page). What it shows beside an
/// item is the same on every page, so an edge that hashes inputs can hash each item once per build,
/// by its position, and a page's list as the sequence of those hashes.
public struct ListedItems<Item: Encodable & Sendable>: Encodable, Sendable {
    /// The kind of the items.
    public let kind: ListedItemKind
    /// The items, picked from the briefing's array of them.
    public let items: IndexedList<Item>
    /// What a page shows beside `item`, the same for every page that lists it.
    public let facts: @Sendable (_ item: Item) -> [String?]

    /// A list of `items` of `kind`, `facts` saying what a page shows beside each; `facts` must be the
    /// same function for every list of the kind in one build.
    public init(kind: ListedItemKind, items: IndexedList<Item>, facts: @escaping @Sendable (_ item: Item) -> [String?]) {
        self.kind = kind
        self.items = items
        self.facts = facts
    }

    /// Encodes each item followed by its facts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for item in items {
            try container.encode(item)
            try container.encode(facts(item))
        }
    }
}

extension ListedItems where Item == ResolvedQuote {
    /// `quotes` with their articles' titles and days and the pages of their speakers' lists that hold
    /// them (with the quotation's id and speaker, what its permalink is made from).
    static func quotations(_ quotes: IndexedList<ResolvedQuote>, index: BriefingIndex) -> ListedItems {
        ListedItems(kind: .quotation, items: quotes) { quote in
            let article = index.articles[quote.article]
            return [article?.title, article?.date?.day.description, index.quotePlaces[quote.id].map { String($0) }]
        }
    }
}

extension ListedItems where Item == ResolvedStatement {
    /// `statements` with their articles' titles and days.
    static func statements(_ statements: IndexedList<ResolvedStatement>, index: BriefingIndex) -> ListedItems {
        ListedItems(kind: .statement, items: statements) { statement in
            let article = index.articles[statement.article]
            return [article?.title, article?.date?.day.description]
        }
    }
}

extension ListedItems where Item == TimelineEvent {
    /// `events` with their sources' titles, their actors' names and their places on the timeline.
    static func events(_ events: IndexedList<TimelineEvent>, index: BriefingIndex) -> ListedItems {
        ListedItems(kind: .event, items: events) { TimelinePage.facts($0, index: index) }
    }
}

/// What kind of item a ``ListedItems`` holds; each kind shows the same facts beside its items everywhere.
public enum ListedItemKind: String, Sendable, Hashable {
    case quotation, statement, event
}
