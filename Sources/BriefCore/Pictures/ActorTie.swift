/// Two actors seen together: how many paragraphs name both, how many quotations tie them (one
/// speaks, the other is named in the words) and how many articles both appear in.
public struct ActorTie: Sendable, Hashable {
    /// The two actor ids, `first < second`.
    public let first: String, second: String
    public var paragraphs = 0, quotes = 0, articles = 0

    /// A tie between `a` and `b`, in id order.
    public init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }

    /// All the times they are seen together, the tie's weight.
    public var strength: Int { paragraphs + quotes + articles }

    /// Whether the tie is close enough to draw: a shared paragraph or quotation, or two shared articles
    /// (sharing one article alone says little in a long article).
    public var isClose: Bool { paragraphs + quotes > 0 || articles >= 2 }

    /// Counts the ties among `ids` in `briefing`: paragraphs from each article's mentions, quotations
    /// from their speakers and mentions, articles from `index.companions`. Strongest first, then by ids.
    public static func ties(among ids: Set<String>, in briefing: Briefing, index: BriefingIndex) -> [ActorTie] {
        var ties: [String: ActorTie] = [:]
        func add(_ a: String, _ b: String, _ count: (inout ActorTie) -> Void) {
            guard a != b, ids.contains(a), ids.contains(b) else { return }
            let tie = ActorTie(a, b)
            count(&ties[tie.first + "\n" + tie.second, default: tie])
        }
        for mentions in briefing.mentions.values {
            for named in Dictionary(grouping: mentions.filter { ids.contains($0.actorID) }, by: \.paragraph).values {
                let distinct = Set(named.map(\.actorID)).sorted()
                for (i, a) in distinct.enumerated() { for b in distinct[(i + 1)...] { add(a, b) { $0.paragraphs += 1 } } }
            }
        }
        for quote in briefing.quotes {
            guard let speaker = quote.speakerId else { continue }
            for named in Set(quote.mentions) { add(speaker, named) { $0.quotes += 1 } }
        }
        for id in ids.sorted() {
            for companion in index.companions[id] ?? [] where id < companion.id {
                add(id, companion.id) { $0.articles = companion.articles }
            }
        }
        return ties.values.sorted { ($1.strength, $0.first, $0.second) < ($0.strength, $1.first, $1.second) }
    }

    /// "3 paragraphs, 1 quotation, 2 articles" (parts that are zero left out).
    public var counts: String {
        [(paragraphs, "paragraph"), (quotes, "quotation"), (articles, "article")]
            .filter { $0.0 > 0 }.map { Plural.count($0.0, $0.1) }.joined(separator: ", ")
    }
}
