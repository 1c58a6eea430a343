/// A paragraph that is nothing but a quotation, with no attribution of its own, goes on in the voice
/// that ends the paragraph before it: news writing attributes once and lets the next quoted paragraph
/// follow ("Tim Guest says there are many reasons for the delays." ¶ “The emergency department cares
/// for the sickest first.”). ``QuoteAssembler`` already continues a quotation that follows a
/// quotation; this pass, run once reported statements are known, continues a quotation that follows a
/// statement reported without quotation marks, and a run of such paragraphs one after another.
///
/// The voice must be a person's, said (not a stance such as "Russia dismissed the plan"), and the last
/// attribution of the previous paragraph, in its last sentence: an unattributed quotation or
/// a sentence of the reporter's after it breaks the chain, and the quotation stays unattributed.
enum FloatingQuotation {
    /// Who speaks at the end of a paragraph, for a floating quotation to take up.
    struct Voice {
        var speakerText: String
        var speakerPhrase: String?
        var speakerSpan: ByteSpan?
        var speakerParagraph: Int
        var speakerMention: Int?
        var speakerEntity: Int
        /// The rules of the attribution the voice comes from (its binding is the credited quotation's).
        var provenance = Provenance(found: .quoteMarks)
        /// The rule a quotation credited to this voice records as its speaker's.
        var creditedBy = RuleID.speakerFloating
    }

    /// `quotes` with each floating quotation credited to the voice that ends the paragraph before it.
    static func continueVoices(_ quotes: [Quotation], reported: [ReportedStatement], paragraphs: [ParagraphText],
                               entities: [ArticleEntity]) -> [Quotation] {
        guard let base = paragraphs.first?.number else { return quotes }
        var out = quotes
        // Per paragraph, read once: the quotation that ends last and the last statement said.
        var lastQuote: [Int: Int] = [:]
        for (i, q) in quotes.enumerated() where !q.isScareQuote && q.span.end > (lastQuote[q.paragraph].map { quotes[$0].span.end } ?? -1) {
            lastQuote[q.paragraph] = i
        }
        var lastStatement: [Int: ReportedStatement] = [:]
        for statement in reported where !statement.isStance { lastStatement[statement.paragraph] = statement }
        for i in out.indices {
            let q = out[i]
            let index = q.paragraph - base
            guard index > 0, isFloating(q, in: paragraphs[index]) else { continue }
            // Layout lines between ("Story continues below advertisement") do not break the voice.
            var before = index - 1
            while before > 0, paragraphs[before].isLayout { before -= 1 }
            let number = paragraphs[before].number
            guard let voice = voice(ending: paragraphs[before], quote: lastQuote[number].map { out[$0] }, statement: lastStatement[number],
                                    entities: entities) else { continue }
            out[i] = credited(q, to: voice)
        }
        return out
    }

    /// Whether the quotation is its paragraph whole, a full sentence with no speaker of its own.
    static func isFloating(_ q: Quotation, in p: ParagraphText) -> Bool {
        guard q.speakerText == nil, !q.isScareQuote, !q.partial, let first = p.tokens.first,
              first.kind == .quoteMark, first.span.start == q.span.start else { return false }
        return p.tokens.allSatisfy { $0.span.end <= q.span.end || $0.kind == .punctuation || $0.kind == .quoteMark }
    }

    /// The person whose attributed words come last in paragraph `p` — its quotation that ends last (an
    /// outer quotation, not one quoted inside it) or its last statement — reaching its last sentence;
    /// nil when the last quotation there has no speaker, or the speaker is not a person.
    private static func voice(ending p: ParagraphText, quote: Quotation?, statement: ReportedStatement?,
                              entities: [ArticleEntity]) -> Voice? {
        guard let lastSentence = p.sentences.last, lastSentence.lowerBound < p.tokens.count else { return nil }
        let lastStart = p.tokens[lastSentence.lowerBound].span.start
        var voice: Voice?
        var end = -1
        if let quote, quote.span.end > end {
            end = quote.span.end
            voice = quote.speakerText.flatMap { text in
                quote.speakerEntity.map { Voice(speakerText: text, speakerPhrase: quote.speakerPhrase, speakerSpan: quote.speakerSpan,
                                                speakerParagraph: quote.speakerParagraph ?? p.number,
                                                speakerMention: quote.speakerMention, speakerEntity: $0, provenance: quote.provenance) }
            }
        }
        if let statement, statement.span.end > end {
            end = statement.span.end
            voice = statement.speakerEntity.map {
                Voice(speakerText: statement.speakerText, speakerPhrase: statement.speakerPhrase, speakerSpan: statement.speakerSpan,
                      speakerParagraph: p.number, speakerMention: statement.speakerMention, speakerEntity: $0,
                      provenance: statement.provenance)
            }
        }
        guard let voice, end > lastStart, voice.speakerEntity < entities.count,
              entities[voice.speakerEntity].kind == .person else { return nil }
        return voice
    }

    /// The quotation credited to `voice`, as an inference.
    static func credited(_ q: Quotation, to voice: Voice) -> Quotation {
        var out = Quotation(paragraph: q.paragraph, span: q.span, contentSpan: q.contentSpan, text: q.sharedText, partial: q.partial,
                            isScareQuote: q.isScareQuote, speakerText: voice.speakerText, speakerMention: voice.speakerMention,
                            speakerEntity: voice.speakerEntity, attribution: .inferred, mentions: q.mentions,
                            continues: q.continues, clauseSpan: q.clauseSpan)
        out.speakerPhrase = voice.speakerPhrase
        out.speakerSpan = voice.speakerSpan
        out.speakerParagraph = voice.speakerParagraph
        out.provenance = Provenance(found: q.provenance.found, speaker: voice.creditedBy, binding: voice.provenance.binding)
        out.provenance.cue = voice.provenance.cue
        out.provenance.cueParagraph = voice.provenance.cueParagraph
        return out
    }
}

/// A paragraph that is only a quotation takes the voice ending the paragraph before
/// (``FloatingQuotation/continueVoices(_:reported:paragraphs:entities:)``).
struct FloatingQuotationPass: QuotationPass {
    let id = RuleID.speakerFloating

    func apply(_ quotes: [Quotation], in article: ArticleView) -> [Quotation] {
        FloatingQuotation.continueVoices(quotes, reported: article.reported, paragraphs: article.paragraphs, entities: article.linked.entities)
    }
}
