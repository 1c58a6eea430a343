/// Attributions an editor should look at: a quotation left without a speaker although its sentence
/// names a person (the extractor would rather leave it than guess), and a quotation whose speaker was
/// inferred from a pronoun or a role rather than named.
enum AttributionReview {
    /// The longest piece of a quotation a message quotes.
    static let shownLength = 60

    static func findings(_ article: Article, briefing: Briefing, actors: [String: Actor]) -> [ReviewFinding] {
        let mentions = Dictionary(grouping: briefing.mentions[article.slug] ?? [], by: \.paragraph)
        var found: [ReviewFinding] = []
        for quote in briefing.quotes where quote.article == article.slug {
            if quote.speakerId == nil, let named = namedPerson(near: quote.quote, in: article, mentions: mentions[quote.paragraph] ?? [], actors: actors) {
                found.append(ReviewFinding(
                    .unattributedQuote, file: article.sourcePath, paragraph: quote.paragraph, excerpt: quote.text,
                    message: "“\(shown(quote.text))” has no speaker, though its sentence names \(named)",
                    hint: "If \(named) said it, write the attribution out (“…,” \(named) said); brief leaves a quotation unattributed rather than guess."))
            } else if quote.inferred, let speaker = quote.speaker {
                let from = quote.quote.speakerText.map { " from “\($0)”" } ?? ""
                found.append(ReviewFinding(
                    .inferredAttribution, .note, file: article.sourcePath, paragraph: quote.paragraph, excerpt: quote.text,
                    message: "“\(shown(quote.text))” is given to \(speaker) by inference\(from), and marked as inferred on the pages",
                    hint: "Check that \(speaker) said it; naming the speaker in the sentence makes it certain."))
            }
        }
        return found
    }

    /// The name of a person mentioned in the quotation's sentence, outside the quotation, or nil.
    static func namedPerson(near quote: Quotation, in article: Article, mentions: [ActorMention], actors: [String: Actor]) -> String? {
        guard quote.paragraph >= 1, quote.paragraph <= article.paragraphs.count else { return nil }
        let sentence = SentenceBounds.around(quote.span, in: article.paragraphs[quote.paragraph - 1].text)
        return mentions.lazy
            .filter { sentence.overlaps($0.span) && !quote.span.overlaps($0.span) }
            .compactMap { actors[$0.actorID] }
            .first { $0.kind == .person }?.name
    }

    static func shown(_ text: String) -> String {
        text.count <= shownLength ? text : String(text.prefix(shownLength - 1)) + "…"
    }
}
