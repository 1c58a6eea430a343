/// How a quotation or a reported statement is listed on a page: its words, speaker (linked to the
/// profile when resolved), source article and a link to the paragraph it came from.
enum QuoteEntry {
    /// The template fields of `quote` as listed on `page`.
    static func fields(_ quote: ResolvedQuote, from page: Route, index: BriefingIndex) -> TemplateValue {
        var fields = source(article: quote.article, paragraph: quote.paragraph, from: page, index: index)
        fields["id"] = .string(quote.id)
        fields["permalink"] = .string(ActorRoutes.permalink(quote, from: page, index: index))
        fields["text"] = .string(quote.text)
        fields["speaker"] = .optional(quote.speaker)
        fields["speakerLink"] = .optional(quote.speakerId.map { page.link(to: ActorRoutes.profile($0)) })
        fields["inferred"] = .bool(quote.inferred)
        fields["ambiguous"] = .bool(quote.speakerId == nil && quote.speaker != nil)
        fields["partial"] = .bool(quote.partial)
        fields["editorNote"] = .optional(quote.editorNote)
        fields["corrected"] = .bool(quote.corrected)
        return .object(fields)
    }

    /// The template fields of `statement` as listed on `page`.
    static func fields(_ statement: ResolvedStatement, from page: Route, index: BriefingIndex) -> TemplateValue {
        var fields = source(article: statement.article, paragraph: statement.paragraph, from: page, index: index)
        fields["id"] = .string(statement.id)
        fields["text"] = .string(statement.text)
        fields["speaker"] = .string(statement.speaker)
        fields["verb"] = .optional(statement.verb)
        fields["speakerLink"] = .optional(statement.speakerId.map { page.link(to: ActorRoutes.profile($0)) })
        fields["inferred"] = .bool(statement.inferred)
        return .object(fields)
    }

    /// The article's title and date, and the link to the paragraph.
    static func source(article slug: String, paragraph: Int, from page: Route, index: BriefingIndex) -> [String: TemplateValue] {
        let article = index.articles[slug]
        return [
            "article": .string(article?.title ?? slug),
            "articleDate": .optional(article?.date.map { DateDisplay.long($0.day) }),
            "paragraph": .int(paragraph),
            "link": .string(ActorRoutes.paragraph(slug, paragraph, from: page)),
        ]
    }
}
