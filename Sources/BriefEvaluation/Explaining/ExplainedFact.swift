import BriefCore

/// One fact extraction derived from an article, with the rules that derived it: a line of
/// ``ArticleExplanation``.
public struct ExplainedFact: Sendable, Hashable {
    /// What kind of fact it is.
    public enum Kind: String, Sendable, Hashable {
        case quotation, statement, actor, date
    }

    /// One labelled line of the fact's explanation ("found", "speaker", "bound to", …).
    public struct Line: Sendable, Hashable {
        public let label: String
        public let value: String
    }

    public let kind: Kind
    /// The paragraph (number) the fact is in.
    public let paragraph: Int
    /// Where the fact's words start in the paragraph (UTF-8 bytes), for ordering.
    public let start: Int
    /// The fact's words as written: a quotation with its marks, a clause, a name, a date expression.
    public let words: String
    /// The rule that found the fact.
    public let found: RuleID?
    /// The rule that chose the speaker, for a quotation or statement credited to someone.
    public let speakerRule: RuleID?
    /// How the speaker phrase was bound to a person of the article.
    public let binding: RuleID?
    /// The speaker as the attribution writes it ("Sen. Jo Ames", "he").
    public let speaker: String?
    /// The word the speaker rule matched (its speech verb), when it reads one.
    public let cue: String?
    /// The actor (the article's name for it) the fact is credited to or names.
    public let actor: String?
    /// Anything else worth showing: an actor's kind and mentions, a date's TIMEX3 type and value.
    public let detail: String?

    /// The fact for a quotation.
    init(quotation q: Quotation, analysis: ArticleAnalysis, texts: [Int: String]) {
        kind = .quotation
        paragraph = q.paragraph
        start = q.span.start
        words = texts[q.paragraph].map { q.span.text(in: $0) } ?? q.text
        found = q.provenance.found
        speakerRule = q.provenance.speaker
        binding = q.provenance.binding
        speaker = q.speakerPhrase ?? q.speakerText
        cue = Self.cueWords(q.provenance, texts: texts)
        actor = q.speakerEntity.map { analysis.entities[$0].name }
        let notes = [q.partial ? "partial" : nil, q.attribution.map { "attribution \($0.rawValue)" }].compactMap { $0 }
        detail = notes.isEmpty ? nil : notes.joined(separator: ", ")
    }

    /// The fact for a statement reported without quotation marks.
    init(statement s: ReportedStatement, analysis: ArticleAnalysis, texts: [Int: String]) {
        kind = .statement
        paragraph = s.paragraph
        start = s.span.start
        words = s.text
        found = s.provenance.found
        speakerRule = s.provenance.speaker
        binding = s.provenance.binding
        speaker = s.speakerPhrase ?? s.speakerText
        cue = Self.cueWords(s.provenance, texts: texts)
        actor = s.speakerEntity.map { analysis.entities[$0].name }
        detail = [s.isStance ? "stance (not shown on the site)" : nil, "attribution \(s.attribution.rawValue)"].compactMap { $0 }.joined(separator: ", ")
    }

    /// The fact for a temporal expression.
    init(timex: Timex, paragraph: Int) {
        kind = .date
        self.paragraph = paragraph
        start = timex.span.start
        words = timex.text
        found = .dateExpression
        speakerRule = nil
        binding = nil
        speaker = nil
        cue = nil
        actor = nil
        detail = "\(timex.type.rawValue) \(timex.value.description)"
    }
}

extension ExplainedFact {
    /// The facts for the article's actors: each entity with the names that make it, at its first mention.
    static func actors(in analysis: ArticleAnalysis) -> [ExplainedFact] {
        analysis.entities.compactMap { entity in
            guard let first = entity.mentions.first.map({ analysis.mentions[$0] }) else { return nil }
            let names = entity.mentions.map { m in
                "¶\(analysis.mentions[m].paragraph) “\(analysis.mentions[m].surface)”" + (analysis.mentions[m].binding.map { " (\($0.rawValue))" } ?? "")
            }
            return ExplainedFact(actorNamed: entity.name, tentative: entity.isTentative, first: first,
                                 detail: "\(entity.kind.reportedName), \(names.count) mention\(names.count == 1 ? "" : "s"): "
                                     + names.joined(separator: ", "))
        }
    }

    private init(actorNamed name: String, tentative: Bool, first: Mention, detail: String) {
        kind = .actor
        paragraph = first.paragraph
        start = first.span.start
        words = name
        found = tentative ? .actorTentative : .actorName
        speakerRule = nil
        binding = nil
        speaker = nil
        cue = nil
        actor = nil
        self.detail = detail
    }

    /// The speech verb a speaker rule matched, as written.
    static func cueWords(_ provenance: Provenance, texts: [Int: String]) -> String? {
        guard let cue = provenance.cue, let number = provenance.cueParagraph, let text = texts[number] else { return nil }
        return cue.text(in: text)
    }

    /// The labelled lines a terminal shows under the fact's words.
    public func lines() -> [Line] {
        var out: [Line] = []
        if let found { out.append(Line(label: "found", value: "\(found.rawValue) — \(found.summary)")) }
        if let speakerRule {
            var value = speakerRule.rawValue
            if let speaker { value += ": “\(speaker)”" }
            if let cue { value += ", verb “\(cue)”" }
            out.append(Line(label: "speaker", value: value))
        } else if kind == .quotation || kind == .statement {
            out.append(Line(label: "speaker", value: "none"))
        }
        if let binding { out.append(Line(label: "bound", value: binding.rawValue + (actor.map { " → \($0)" } ?? " → no one"))) }
        if let detail { out.append(Line(label: "detail", value: detail)) }
        return out
    }

    /// The fact as a JSON object with fixed keys (null where a field does not apply).
    func json() -> String {
        func string(_ value: String?) -> String { value.map(JSONText.string) ?? "null" }
        return "{\"kind\":\(JSONText.string(kind.rawValue)),\"paragraph\":\(paragraph),\"start\":\(start),"
            + "\"words\":\(JSONText.string(words)),\"found\":\(string(found?.rawValue)),\"speakerRule\":\(string(speakerRule?.rawValue)),"
            + "\"binding\":\(string(binding?.rawValue)),\"speaker\":\(string(speaker)),\"cue\":\(string(cue)),"
            + "\"actor\":\(string(actor)),\"detail\":\(string(detail))}"
    }
}
