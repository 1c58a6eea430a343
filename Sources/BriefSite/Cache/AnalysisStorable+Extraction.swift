import BriefCore

// The extraction's part of an analysis (quotations, statements, mentions, roles, entities), stored
// field by field: see ``AnalysisStorable``.

extension Quotation: AnalysisStorable {
    static var storedFields: [String] {
        ["text", "speakerText", "speakerPhrase", "mentions", "span", "contentSpan", "clauseSpan", "speakerSpan",
         "provenance", "paragraph", "speakerMention", "speakerEntity", "speakerParagraph", "continues", "partial",
         "isScareQuote", "attribution"]
    }

    func store(to writer: CompactWriter) {
        writer.number(paragraph)
        writer.store(span)
        writer.store(contentSpan)
        writer.string(text)
        writer.flag(partial)
        writer.flag(isScareQuote)
        writer.optional(speakerText, writer.string)
        writer.optional(speakerMention, writer.number)
        writer.optional(speakerEntity, writer.number)
        writer.optional(attribution) { writer.string($0.rawValue) }
        writer.list(mentions, writer.number)
        writer.optional(clauseSpan, writer.store)
        writer.optional(speakerPhrase, writer.string)
        writer.optional(speakerSpan, writer.store)
        writer.optional(speakerParagraph, writer.number)
        writer.optional(continues, writer.number)
        writer.store(provenance)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let paragraph = try reader.number()
        let span: ByteSpan = try reader.read(), contentSpan: ByteSpan = try reader.read()
        let text = try reader.string()
        let partial = try reader.flag(), isScareQuote = try reader.flag()
        let speakerText = try reader.optionalString()
        let speakerMention = try reader.optionalNumber(), speakerEntity = try reader.optionalNumber()
        let attribution = try reader.optional { reader throws(ByteReader.Corrupt) in try reader.rawValue(Attribution.self) }
        let mentions = try reader.numbers()
        let clauseSpan: ByteSpan? = try reader.readOptional()
        let speakerPhrase = try reader.optionalString()
        let speakerSpan: ByteSpan? = try reader.readOptional()
        let speakerParagraph = try reader.optionalNumber(), continues = try reader.optionalNumber()
        let provenance: Provenance = try reader.read()
        self.init(paragraph: paragraph, span: span, contentSpan: contentSpan, text: SharedText(text), partial: partial,
                  isScareQuote: isScareQuote, speakerText: speakerText, speakerMention: speakerMention,
                  speakerEntity: speakerEntity, attribution: attribution, mentions: mentions, continues: continues,
                  clauseSpan: clauseSpan)
        self.speakerPhrase = speakerPhrase
        self.speakerSpan = speakerSpan
        self.speakerParagraph = speakerParagraph
        self.provenance = provenance
    }
}

extension ReportedStatement: AnalysisStorable {
    static var storedFields: [String] {
        ["text", "speakerText", "speakerPhrase", "span", "speakerSpan", "provenance", "paragraph", "speakerMention",
         "speakerEntity", "isStance", "attribution"]
    }

    func store(to writer: CompactWriter) {
        writer.number(paragraph)
        writer.store(span)
        writer.string(text)
        writer.string(speakerText)
        writer.optional(speakerMention, writer.number)
        writer.optional(speakerEntity, writer.number)
        writer.optional(speakerPhrase, writer.string)
        writer.optional(speakerSpan, writer.store)
        writer.flag(isStance)
        writer.string(attribution.rawValue)
        writer.store(provenance)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let paragraph = try reader.number()
        let span: ByteSpan = try reader.read()
        let text = try reader.string(), speakerText = try reader.string()
        let speakerMention = try reader.optionalNumber(), speakerEntity = try reader.optionalNumber()
        let speakerPhrase = try reader.optionalString()
        let speakerSpan: ByteSpan? = try reader.readOptional()
        let isStance = try reader.flag()
        let attribution = try reader.rawValue(Quotation.Attribution.self)
        let provenance: Provenance = try reader.read()
        self.init(paragraph: paragraph, span: span, text: SharedText(text), speakerText: speakerText, speakerMention: speakerMention,
                  speakerEntity: speakerEntity, attribution: attribution)
        self.speakerPhrase = speakerPhrase
        self.speakerSpan = speakerSpan
        self.isStance = isStance
        self.provenance = provenance
    }
}

extension Mention: AnalysisStorable {
    static var storedFields: [String] { ["paragraph", "span", "surface", "kind", "acts", "entity", "binding"] }

    func store(to writer: CompactWriter) {
        writer.number(paragraph)
        writer.store(span)
        writer.string(surface)
        writer.string(kind.rawValue)
        writer.flag(acts)
        writer.optional(entity, writer.number)
        writer.optional(binding, writer.store)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let paragraph = try reader.number()
        let span: ByteSpan = try reader.read()
        let surface = try reader.string()
        let kind = try reader.rawValue(ActorKind.self)
        let acts = try reader.flag()
        let entity = try reader.optionalNumber()
        let binding: RuleID? = try reader.readOptional()
        self.init(paragraph: paragraph, span: span, surface: surface, kind: kind, acts: acts, entity: entity, binding: binding)
    }
}

extension StatedRole: AnalysisStorable {
    static var storedFields: [String] { ["title", "affiliation", "text", "paragraph", "span", "mention"] }

    func store(to writer: CompactWriter) {
        writer.string(title)
        writer.optional(affiliation, writer.string)
        writer.string(text)
        writer.number(paragraph)
        writer.store(span)
        writer.number(mention)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let title = try reader.string(), affiliation = try reader.optionalString(), text = try reader.string()
        let paragraph = try reader.number()
        let span: ByteSpan = try reader.read()
        self.init(title: title, affiliation: affiliation, text: text, paragraph: paragraph, span: span, mention: try reader.number())
    }
}

extension ArticleEntity: AnalysisStorable {
    static var storedFields: [String] { ["name", "kind", "mentions", "aliases", "roles", "gender", "isTentative"] }

    func store(to writer: CompactWriter) {
        writer.string(name)
        writer.string(kind.rawValue)
        writer.list(mentions, writer.number)
        writer.list(aliases, writer.string)
        writer.list(roles, writer.number)
        writer.unsigned(UInt64(genderCode))
        writer.flag(isTentative)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let name = try reader.string()
        let kind = try reader.rawValue(ActorKind.self)
        let mentions = try reader.numbers(), aliases = try reader.strings(), roles = try reader.numbers()
        let gender = try reader.byte()
        guard let entity = ArticleEntity(name: name, kind: kind, mentions: mentions, aliases: aliases, roles: roles,
                                         genderCode: gender, isTentative: try reader.flag()) else {
            throw reader.corrupt("unknown gender")
        }
        self = entity
    }
}

extension NameAmbiguity: AnalysisStorable {
    static var storedFields: [String] { ["name", "candidates", "articles"] }

    func store(to writer: CompactWriter) {
        writer.string(name)
        writer.list(candidates, writer.string)
        writer.list(articles, writer.string)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(name: try reader.string(), candidates: try reader.strings(), articles: try reader.strings())
    }
}

extension ArticleAnalysis: AnalysisStorable {
    static var storedFields: [String] { ["quotes", "reported", "mentions", "roles", "entities", "ambiguities", "author"] }

    func store(to writer: CompactWriter) {
        writer.store(quotes)
        writer.store(reported)
        writer.store(mentions)
        writer.store(roles)
        writer.store(entities)
        writer.store(ambiguities)
        writer.optional(author, writer.string)
    }

    init(storedIn reader: inout ByteReader) throws(ByteReader.Corrupt) {
        let quotes: [Quotation] = try reader.readList()
        let reported: [ReportedStatement] = try reader.readList()
        let mentions: [Mention] = try reader.readList()
        let roles: [StatedRole] = try reader.readList()
        let entities: [ArticleEntity] = try reader.readList()
        let ambiguities: [NameAmbiguity] = try reader.readList()
        self.init(quotes: quotes, mentions: mentions, roles: roles, entities: entities, ambiguities: ambiguities,
                  author: try reader.optionalString(), reported: reported)
    }
}
