/// Derives what a briefing knows beyond its articles: each article is analysed on its own (through
/// the injected mapper), then the results are combined across the corpus — actors resolved across
/// articles, quotations and statements given to them, events naming them, and the merged timeline.
public enum BriefingAssembler {
    /// The briefing of `articles` with everything derived from them. Events are merged in reporting
    /// order (oldest article first), so a merged event lists its first report first.
    /// `derive` analyses one article (the edge may answer from a cache of earlier builds); `parking`
    /// holds what the corpus's resolution does not read while every article's analysis is held.
    public static func assemble<Parking: DerivationParking>(
        settings: SiteSettings, articles: [Article], entries: [ActorEntry] = [], mapper: some ArticleMapper = SerialMapper(),
        parking: Parking = UnchangedParking(),
        derive: @escaping @Sendable (Article) -> ArticleDerivation = { ArticleDerivation($0) }
    ) -> Briefing {
        let ordered = articles.sorted(by: Briefing.newestFirst)
        var held: [HeldDerivation<Parking.Parked>?] = mapper.map(ordered) { HeldDerivation(derive($0), parking: parking) }
        let corpus = ActorResolver.actors(zip(ordered, held).map { .init(slug: $0.slug, analysis: $1!.analysis) })
        let merge = entries.isEmpty ? nil : EditorialMerge.apply(entries, to: corpus.actors)
        let resolution = merge.map { editorial(corpus, merge: $0) } ?? corpus
        let crediting = QuoteCrediting(actors: corpus.actors, merge: merge)
        var quotes: [ResolvedQuote] = []
        quotes.reserveCapacity(held.reduce(0) { $0 + $1!.analysis.quotes.count { !$0.isScareQuote } })
        // Every article's events, newest article first, then put in reporting order in place.
        var reports: [TimelineEvent] = []
        reports.reserveCapacity(held.reduce(0) { $0 + $1!.events })
        var reportCounts: [Int] = []
        var statements: [ResolvedStatement] = []
        // Room for every statement at once: grown by appending, the list would hold up to twice its
        // size, and both its old and new storage while it grows. Stances are not statements.
        statements.reserveCapacity(held.reduce(0) { $0 + $1!.statements })
        var mentions: [String: [ActorMention]] = [:]
        var warnings: [Diagnostic] = []
        let names = ActorResolver.speakerNames(resolution.actors)
        for batch in stride(from: 0, to: ordered.count, by: assemblyBatch).map({ $0..<min($0 + assemblyBatch, ordered.count) }) {
            // Each batch's analyses are let go once its articles are made, so the analyses and what
            // is derived from them are not all in memory at once.
            let inputs = batch.map { index in
                AssemblyInput(article: ordered[index], held: held[index]!,
                              corpusActors: index < corpus.entityActors.count ? corpus.entityActors[index] : [:],
                              actors: index < resolution.entityActors.count ? resolution.entityActors[index] : [:])
            }
            for index in batch { held[index] = nil }
            let made = mapper.map(inputs) { input in
                assembled(input, parking: parking, crediting: crediting, names: names)
            }
            for (input, article) in zip(inputs, made) {
                quotes += article.quotes
                reports += article.events
                reportCounts.append(article.events.count)
                statements += article.statements
                mentions[input.article.slug] = article.mentions
                warnings += article.warnings
            }
        }
        held = []
        oldestArticleFirst(&reports, counts: reportCounts)
        let timeline = EventMerger.timeline(consume reports, mapper: mapper)
        let entryById = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return Briefing(settings: settings, articles: ordered, timeline: timeline,
                        actors: resolution.actors, quotes: quotes, statements: statements.trimmingCapacity(),
                        ambiguities: resolution.ambiguities, mentions: mentions,
                        entries: Dictionary(resolution.actors.compactMap { actor in entryById[actor.id].map { (actor.id, $0) } },
                                            uniquingKeysWith: { first, _ in first }),
                        warnings: warnings)
    }

    /// How many articles are made at once on every core: their analyses are let go batch by batch.
    static let assemblyBatch = 256

    /// One article's derivation with what the corpus's resolution says of its entities.
    struct AssemblyInput<Parked: Sendable>: Sendable {
        let article: Article
        let held: HeldDerivation<Parked>
        /// The article's entities' actors as resolution found them, and after the editorial merge.
        let corpusActors: [Int: String]
        let actors: [Int: String]
    }

    /// The article of `input` made for the briefing, its deferred parts unparked from `parking`.
    static func assembled<Parking: DerivationParking>(_ input: AssemblyInput<Parking.Parked>, parking: Parking,
                                                      crediting: QuoteCrediting, names: [String: String]) -> AssembledArticle {
        let deferred = parking.unpark(input.held.parked)
        let article = input.article
        return AssembledArticle(
            quotes: crediting.quotes(.init(slug: article.slug, analysis: input.held.analysis), entityActors: input.corpusActors),
            events: deferred.temporal.events.map { resolved($0, actorOf: input.actors, paragraphs: article.paragraphs) },
            statements: resolvedStatements(deferred.reported, article: article, actorOf: input.actors, names: names),
            mentions: actorMentions(input.held.analysis, actorOf: input.actors),
            warnings: deferred.temporal.diagnostics)
    }

    /// `reports`, the events of each article in turn (newest article first, `counts` of each), put
    /// oldest article first, each article's events still in their order: reversed whole, then each
    /// article's run reversed back, in place, without a second list of every event.
    static func oldestArticleFirst<Report>(_ reports: inout [Report], counts: [Int]) {
        reports.reverse()
        var start = 0
        for count in counts.reversed() {
            reports[start..<start + count].reverse()
            start += count
        }
    }

    /// The resolution (without its quotations, which ``QuoteCrediting`` makes) with the editorial
    /// entries' `merge` applied: actors merged and renamed as the entries say, and every id pointing
    /// at them rewritten.
    static func editorial(_ resolution: CorpusResolution, merge: EditorialMerge.Result) -> CorpusResolution {
        CorpusResolution(actors: merge.actors, quotes: [], ambiguities: resolution.ambiguities,
                         entityActors: resolution.entityActors.map { $0.compactMapValues { merge.ids[$0] } })
    }

    /// The event with its article-local actor placeholders replaced by actor ids (non-actors dropped),
    /// and its line sliced from the article's paragraph (`paragraphs`) instead of the copy it was
    /// parked or cached as.
    static func resolved(_ event: TimelineEvent, actorOf: [Int: String], paragraphs: [Paragraph] = []) -> TimelineEvent {
        var event = event
        if let number = event.sources.first?.paragraph, paragraphs.indices.contains(number - 1),
           paragraphs[number - 1].number == number {
            event.line = event.line.sharing(paragraphs[number - 1].text)
        }
        var ids: [String] = []
        for local in event.actors {
            if let entity = ArticleDerivation.entityIndex(Substring(local)), let id = actorOf[entity], !ids.contains(id) {
                ids.append(id)
            }
        }
        event.actors = ids
        return event
    }

    /// The article's mentions that name a resolved actor, without spare room: the briefing holds them to the end.
    static func actorMentions(_ analysis: ArticleAnalysis, actorOf: [Int: String]) -> [ActorMention] {
        analysis.mentions.compactMap { mention in
            mention.entity.flatMap { actorOf[$0] }.map { ActorMention(paragraph: mention.paragraph, span: mention.span, actorID: $0) }
        }.trimmingCapacity()
    }

    /// The article's `reported` statements with their speakers resolved, ids counted per paragraph;
    /// stances ("Russia dismissed the initiative") are not statements of what was said and stay out.
    static func resolvedStatements(_ reported: [ReportedStatement], article: Article, actorOf: [Int: String],
                                   names: [String: String]) -> [ResolvedStatement] {
        var perParagraph: [Int: Int] = [:]
        var bytes: [Int: [UInt8]] = [:]
        let slug = article.slug
        let paragraphs = Dictionary(article.paragraphs.map { ($0.number, $0.text) }, uniquingKeysWith: { first, _ in first })
        return reported.filter { !$0.isStance }.map { found in
            // Held as a slice of the paragraph the article keeps, not as the copy it was parked or cached as.
            let statement = paragraphs[found.paragraph].map(found.sharing) ?? found
            perParagraph[statement.paragraph, default: 0] += 1
            let id = statement.speakerEntity.flatMap { actorOf[$0] }.flatMap { names[$0] == nil ? nil : $0 }
            let name = id.flatMap { names[$0] } ?? statement.speakerText
            let utf8 = paragraphs[statement.paragraph].map { text in
                let known = bytes[statement.paragraph] ?? Array(text.utf8)
                bytes[statement.paragraph] = known
                return known
            }
            let shown = paragraphs[statement.paragraph].map { SharedText(StatementText.display(statement.span, in: $0, bytes: utf8!)) }
            var resolved = ResolvedStatement(id: "\(slug)-p\(statement.paragraph)-s\(perParagraph[statement.paragraph]!)",
                                             article: slug, statement: statement, speakerId: id, speaker: name,
                                             text: shown)
            resolved.verb = utf8.flatMap { StatementText.verb(speaker: statement.speakerSpan, statement: statement.span, bytes: $0) }
            return resolved
        }
    }
}
