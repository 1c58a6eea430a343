/// Resolves the actors of a whole briefing from every article's analysis: the same full name in two
/// articles is the same actor (compared ASCII-folded, initials and "Jr." ignored); a surname an
/// article gives alone binds to the one full name of the briefing it can mean, and when it could mean
/// two it stays its own actor and the ambiguity is reported. An acronym is the one organisation another
/// article pairs it with (``CorpusAcronyms``). Organisations and states are actors;
/// other places only when they act or speak. Ids are slugs of the canonical names, made unique.
public enum ActorResolver {
    /// One article's analysis with its slug.
    public struct Input: Sendable {
        /// The article's slug.
        public let slug: String
        /// The article's analysis.
        public let analysis: ArticleAnalysis

        /// Creates the value from its parts.
        public init(slug: String, analysis: ArticleAnalysis) {
            self.slug = slug
            self.analysis = analysis
        }
    }

    /// The actors, resolved quotations and ambiguities of `articles` (feed them in a stable order).
    public static func resolve(_ articles: [Input]) -> CorpusResolution {
        let corpus = actors(articles)
        let speakers = speakerNames(corpus.actors)
        var quotes: [ResolvedQuote] = []
        // Made at its size: grown by appending, the list would hold its old and new storage at once.
        quotes.reserveCapacity(articles.reduce(0) { count, input in count + input.analysis.quotes.count { !$0.isScareQuote } })
        for (a, input) in articles.enumerated() {
            quotes += resolvedQuotes(input, entityActors: corpus.entityActors[a], speakers: speakers)
        }
        return CorpusResolution(actors: corpus.actors, quotes: quotes, ambiguities: corpus.ambiguities, entityActors: corpus.entityActors)
    }

    /// The actors and ambiguities of `articles`, and the actor of each article's entities, without
    /// the quotations: a caller that lets each analysis go once used makes them article by article
    /// (``resolvedQuotes(_:entityActors:speakers:)``).
    public static func actors(_ articles: [Input]) -> CorpusResolution {
        let keys = entityKeys(articles)
        var groups: [String: Group] = [:]
        for (a, input) in articles.enumerated() {
            for (e, entity) in input.analysis.entities.enumerated() {
                guard let key = keys.byEntity[a][e] else { continue }
                groups[key, default: Group(kind: entity.kind)].add(entity, article: input, names: input.analysis)
            }
            for quote in input.analysis.quotes where !quote.isScareQuote {
                if let e = quote.speakerEntity, let key = keys.byEntity[a][e], groups[key]?.canSpeak == true { groups[key]?.quotes += 1 }
            }
        }
        let included = groups.filter { $0.value.kind != .place || $0.value.acts || $0.value.quotes > 0 }
        let ordered = included.map { (name: $0.value.name, key: $0.key) }.sorted { ($0.name, $0.key) < ($1.name, $1.key) }.map(\.key)
        let ids = SlugAllocator.allocate(ordered.map { Slug.make(included[$0]!.name) ?? "actor" })
        var idOf: [String: String] = [:]
        for (key, id) in zip(ordered, ids) { idOf[key] = id }
        let actors = zip(ordered, ids).map { key, id in
            var actor = included[key]!.actor(id: id)
            actor.couldBe = (keys.couldBe[key] ?? []).sorted()
            return actor
        }.sorted { $0.id < $1.id }
        let entityActors = keys.byEntity.map { $0.compactMapValues { idOf[$0] } }
        return CorpusResolution(actors: actors, quotes: [], ambiguities: keys.ambiguities, entityActors: entityActors)
    }

    /// The name of each actor quotations may be credited to (``Actor/canSpeak``), by id.
    public static func speakerNames(_ actors: [Actor]) -> [String: String] {
        Dictionary(actors.filter(\.canSpeak).map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The article's non-scare quotations with their speaker's actor id and the ids of the actors
    /// they mention: `entityActors` is the actor of each of its entities, `speakers` the names of
    /// the actors that may be credited (``speakerNames(_:)``).
    public static func resolvedQuotes(_ input: Input, entityActors: [Int: String], speakers: [String: String]) -> [ResolvedQuote] {
        var out: [ResolvedQuote] = []
        var perParagraph: [Int: Int] = [:]
        for quote in input.analysis.quotes where !quote.isScareQuote {
            perParagraph[quote.paragraph, default: 0] += 1
            let speaker = quote.speakerEntity.flatMap { entityActors[$0] }.flatMap { speakers[$0] == nil ? nil : $0 }
            let mentionIds = quote.mentions.compactMap { m -> String? in
                input.analysis.mentions[m].entity.flatMap { entityActors[$0] }
            }
            out.append(ResolvedQuote(id: "\(input.slug)-p\(quote.paragraph)-\(perParagraph[quote.paragraph]!)",
                                     article: input.slug, quote: quote, speakerId: speaker,
                                     speaker: speaker.flatMap { speakers[$0] } ?? nameAsWritten(quote),
                                     mentions: Array(Set(mentionIds)).sorted()))
        }
        return out
    }

    /// The speaker's name as the article writes it when the quotation names its speaker but the name
    /// could mean more than one actor ("Clinton said" where the article names no Clinton in full): shown
    /// so, credited to no one.
    static func nameAsWritten(_ quote: Quotation) -> String? {
        quote.attribution != .inferred && quote.speakerMention != nil && quote.speakerEntity == nil ? quote.speakerText : nil
    }

    /// The briefing-wide key of each article entity, and the ambiguities found binding them.
    struct Keys {
        var byEntity: [[Int: String]]
        var ambiguities: [NameAmbiguity]
        /// For the key of a short name left ambiguous across articles, the full names it could mean.
        var couldBe: [String: Set<String>] = [:]
    }

    /// Keys for every entity: full names by folded name, surnames bound where unambiguous.
    static func entityKeys(_ articles: [Input]) -> Keys {
        var byEntity = [[Int: String]](repeating: [:], count: articles.count)
        var nameKeys = [[Int: PersonNameKey]](repeating: [:], count: articles.count)
        // The same names come back in article after article: fold each once.
        var slugs: [String: String] = [:], personKeys: [String: PersonNameKey] = [:]
        func slug(_ text: String) -> String {
            if let known = slugs[text] { return known }
            let made = Slug.make(text) ?? Token.lowered(text)
            slugs[text] = made
            return made
        }
        func personKey(_ name: String) -> PersonNameKey {
            if let known = personKeys[name] { return known }
            let made = PersonNameKey(words: lowerWords(name))
            personKeys[name] = made
            return made
        }
        var singles: [(article: Int, entity: Int, word: String)] = []
        var tentative: [TentativeEntity] = []
        var organisations: [CorpusAcronyms.Entity] = []
        for (a, input) in articles.enumerated() {
            for (e, entity) in input.analysis.entities.enumerated() {
                if entity.isTentative {
                    tentative.append(TentativeEntity(article: a, entity: e, key: personKey(entity.name)))
                    continue
                }
                if entity.kind != .person {
                    byEntity[a][e] = entity.kind.rawValue + ":" + slug(entity.name)
                    if entity.kind == .organization {
                        organisations.append(CorpusAcronyms.Entity(article: a, entity: e, name: entity.name, aliases: entity.aliases,
                                                                    key: byEntity[a][e]!))
                    }
                    continue
                }
                let nameKey = personKey(entity.name)
                if nameKey.words.count >= 2 {
                    nameKeys[a][e] = nameKey
                } else if let word = nameKey.words.first {
                    singles.append((a, e, slug(word)))
                }
            }
        }
        for org in CorpusAcronyms.rebound(organisations) { byEntity[org.article][org.entity] = org.key }
        let identities = PersonNameKey.identities(nameKeys.lazy.flatMap(\.values))
        var surnames: [String: Set<String>] = [:]
        var fullNames: [String: String] = [:]
        var evidence: [String: PersonEvidence] = [:]
        for (a, keys) in nameKeys.enumerated() {
            for (e, nameKey) in keys.sorted(by: { $0.key < $1.key }) {
                let key = "person:" + slug(identities[nameKey]!)
                byEntity[a][e] = key
                fullNames[key] = fullNames[key] ?? articles[a].analysis.entities[e].name
                evidence[key, default: PersonEvidence()].add(e, of: articles[a].analysis)
                for s in nameKey.surnames { surnames[slug(s), default: []].insert(key) }
            }
        }
        // A name one article gives no evidence for is the person another article confirms by that name.
        for t in tentative {
            if let identity = identities[t.key] { byEntity[t.article][t.entity] = "person:" + slug(identity) }
        }
        var ambiguous: [String: (candidates: Set<String>, articles: Set<String>, name: String)] = [:]
        var couldBe: [String: Set<String>] = [:]
        for single in singles {
            var own = PersonEvidence()
            own.add(single.entity, of: articles[single.article].analysis)
            let options = own.narrow(surnames[single.word] ?? [], evidence: evidence)
            if options.count == 1 {
                byEntity[single.article][single.entity] = options.first!
            } else {
                byEntity[single.article][single.entity] = "person1:" + single.word
                if options.count > 1 {
                    couldBe["person1:" + single.word, default: []].formUnion(options.compactMap { fullNames[$0] })
                    let name = articles[single.article].analysis.entities[single.entity].name
                    var entry = ambiguous[single.word] ?? ([], [], name)
                    entry.candidates.formUnion(options.compactMap { fullNames[$0] })
                    entry.articles.insert(articles[single.article].slug)
                    ambiguous[single.word] = entry
                }
            }
        }
        for (a, input) in articles.enumerated() {
            for amb in input.analysis.ambiguities {
                let word = PersonNameKey(words: lowerWords(amb.name)).words.first.map { Slug.make($0) ?? $0 } ?? amb.name
                var entry = ambiguous[word] ?? ([], [], amb.name)
                entry.candidates.formUnion(amb.candidates)
                entry.articles.insert(articles[a].slug)
                ambiguous[word] = entry
            }
        }
        let ambiguities = ambiguous.values.map { NameAmbiguity(name: $0.name, candidates: $0.candidates.sorted(), articles: $0.articles.sorted()) }
            .sorted { $0.name < $1.name }
        return Keys(byEntity: byEntity, ambiguities: ambiguities, couldBe: couldBe)
    }

    /// A tentative entity of an article (``ArticleEntity/isTentative``) and its name's key.
    struct TentativeEntity {
        let article: Int
        let entity: Int
        let key: PersonNameKey
    }

    /// The lower-case words of a person's name as written.
    static func lowerWords(_ name: String) -> [String] {
        Tokenizer.tokenize(name).filter { $0.kind == .word }.map(\.lower)
    }

    /// An actor being gathered from its articles.
    struct Group {
        var kind: ActorKind
        var name = ""
        var names: Set<String> = []
        var roles: [Actor.Role] = []
        /// `roles` as a set: an actor named in thousands of articles gathers a role from each.
        var knownRoles: Set<Actor.Role> = []
        var mentions = 0
        var quotes = 0
        var articles: Set<String> = []
        var acts = false

        /// Adds one article's entity.
        mutating func add(_ entity: ArticleEntity, article: Input, names analysis: ArticleAnalysis) {
            // The fullest name, written as prose writes it rather than in a dateline's capitals.
            if entity.name.utf8.count > name.utf8.count || entity.name.utf8.count == name.utf8.count && ShoutedText.isInCapitals(name) && !ShoutedText.isInCapitals(entity.name) {
                name = entity.name
            }
            names.insert(entity.name)
            names.formUnion(entity.aliases)
            mentions += entity.mentions.count
            articles.insert(article.slug)
            acts = acts || entity.mentions.contains { analysis.mentions[$0].acts }
            for r in entity.roles {
                let role = analysis.roles[r]
                let item = Actor.Role(title: role.title, affiliation: role.affiliation, text: role.text, article: article.slug)
                if knownRoles.insert(item).inserted { roles.append(item) }
            }
        }

        /// Whether quotations may be credited to it (see ``Actor/canSpeak``).
        var canSpeak: Bool { Actor.canSpeak(kind: kind, name: name) }

        /// The finished actor.
        func actor(id: String) -> Actor {
            Actor(id: id, name: name, kind: kind, roles: roles, aliases: names.subtracting([name]).sorted(),
                  mentions: mentions, quotes: quotes, articles: articles.sorted())
        }
    }
}
