import BriefCore

/// What extraction derived from one article and which rule derived each fact: the answer to "why did
/// this quotation get this speaker?" that `brief explain` prints. Quotations and statements carry the
/// rule that found them, the rule that chose their speaker and how the speaker was bound to a person
/// (``Provenance``); actors list the names that make them; dates their expression and value. The
/// article is analysed as `brief build` analyses it (``ArticleDerivation``).
public struct ArticleExplanation: Sendable, Hashable {
    /// The facts in text order: by paragraph, then by where their words start.
    public let facts: [ExplainedFact]

    /// Creates the value from its parts.
    public init(facts: [ExplainedFact]) {
        self.facts = facts
    }

    /// Explains `article`, keeping only the facts of paragraph `only` when it is given.
    public init(_ article: Article, only: Int? = nil) {
        let derived = ArticleDerivation(article)
        let analysis = derived.analysis
        let texts = Dictionary(article.paragraphs.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
        var facts: [ExplainedFact] = []
        facts += analysis.quotes.map { ExplainedFact(quotation: $0, analysis: analysis, texts: texts) }
        facts += analysis.reported.map { ExplainedFact(statement: $0, analysis: analysis, texts: texts) }
        facts += ExplainedFact.actors(in: analysis)
        for paragraph in derived.temporal.paragraphs {
            facts += paragraph.timexes.map { ExplainedFact(timex: $0, paragraph: paragraph.paragraph) }
        }
        let kept = only.map { number in facts.filter { $0.paragraph == number } } ?? facts
        // A stable sort: facts starting at the same place keep the order above (quotations first).
        self.facts = kept.enumerated().sorted {
            ($0.element.paragraph, $0.element.start, $0.offset) < ($1.element.paragraph, $1.element.start, $1.offset)
        }.map(\.element)
    }

    /// Explains paragraphs written as texts (numbered from 1), dated `date`: for tests and tools.
    public init(paragraphs: [String], date: CalendarDate? = nil, only: Int? = nil) {
        let metadata = ArticleMetadata(date: date.map { PublicationDate(day: $0) })
        let article = Article(slug: "explained", sourcePath: "explained.txt", format: .plainText, title: "Explained",
                              metadata: metadata, byline: nil,
                              paragraphs: paragraphs.enumerated().map { Paragraph(number: $0.offset + 1, text: $0.element) })
        self.init(article, only: only)
    }

    /// The explanation for a terminal: each fact's paragraph, kind and words, then its rules and the
    /// words they matched, one labelled line each.
    public func text() -> String {
        guard !facts.isEmpty else { return "Nothing was derived from this article.\n" }
        var out = ""
        for fact in facts {
            out += "¶\(fact.paragraph) \(fact.kind.rawValue): \(fact.words)\n"
            for line in fact.lines() {
                out += "    " + line.label + String(repeating: " ", count: max(1, 9 - line.label.count)) + line.value + "\n"
            }
        }
        return out
    }

    /// The explanation as one JSON object: `{"facts": [{kind, paragraph, start, words, found,
    /// speakerRule, binding, speaker, cue, actor, detail}]}`, null where a field does not apply.
    public func json() -> String {
        "{\"facts\":[" + facts.map { $0.json() }.joined(separator: ",") + "]}"
    }
}
