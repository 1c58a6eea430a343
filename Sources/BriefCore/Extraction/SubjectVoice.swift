/// A quotation with no attribution of its own, right after a sentence about one person — a sentence
/// whose subject is that person and which names no one else — is that person's: news writing
/// introduces a speaker by what they did and lets the quotation follow ("Jo Ames did not need much
/// coaxing. “I’m thankful for the invitation.”", "At 25, Ames was diagnosed with Crohn’s disease." ¶
/// “My condition is getting worse.”). Runs after ``FloatingQuotation`` and credits only a quotation
/// that is a whole sentence, opening it; the credit is marked inferred.
///
/// The sentence before must hold no quotation, be no caption or layout line, name exactly one person
/// and have that person as its subject: named first (after titles, or after an opening phrase and its
/// comma), or "he"/"she" opening it and resolved to them. Anything else leaves the quotation unattributed.
enum SubjectVoice {
    /// `quotes` with each unattributed whole-sentence quotation credited to the subject of the sentence before it.
    static func credit(_ quotes: [Quotation], paragraphs: [ParagraphText], linked: MentionLinker.Linked) -> [Quotation] {
        guard let base = paragraphs.first?.number else { return quotes }
        var out = quotes
        for i in out.indices {
            let q = out[i]
            let index = q.paragraph - base
            guard q.speakerText == nil, !q.isScareQuote, !q.partial, index >= 0, index < paragraphs.count,
                  let open = wholeSentenceOpening(q, in: paragraphs[index]),
                  let before = sentenceBefore(open, paragraph: index, paragraphs),
                  let m = subject(of: before, paragraphs: paragraphs, linked: linked),
                  let e = linked.mentions[m].entity, e < linked.entities.count, linked.entities[e].kind == .person else { continue }
            var voice = FloatingQuotation.Voice(
                speakerText: linked.mentions[m].surface, speakerPhrase: nil, speakerSpan: linked.mentions[m].span,
                speakerParagraph: linked.mentions[m].paragraph, speakerMention: m, speakerEntity: e)
            voice.provenance.binding = .resolveName
            voice.creditedBy = .speakerSubjectVoice
            out[i] = FloatingQuotation.credited(q, to: voice)
        }
        return out
    }

    /// A sentence of an article: its paragraph (0-based index) and its index there.
    struct SentenceRef {
        let paragraph: Int
        let sentence: Int
    }

    /// The token of the quotation's opening mark when the quotation opens its sentence and runs to its
    /// end (nothing but punctuation after it); nil otherwise.
    static func wholeSentenceOpening(_ q: Quotation, in p: ParagraphText) -> Int? {
        var low = 0, high = p.tokens.count
        while low < high {
            let mid = (low + high) / 2
            if p.tokens[mid].span.start < q.span.start { low = mid + 1 } else { high = mid }
        }
        let open = low
        guard open < p.tokens.count, p.tokens[open].span.start == q.span.start, p.tokens[open].kind == .quoteMark,
              p.startsSentence(open) else { return nil }
        let sentence = p.sentences[p.sentenceOf[open]]
        // From the end back to the quotation's close: a quotation ending before its sentence does is no whole sentence.
        var k = sentence.upperBound - 1
        while k > open, p.tokens[k].span.end > q.span.end {
            guard p.tokens[k].kind == .punctuation || p.tokens[k].kind == .quoteMark else { return nil }
            k -= 1
        }
        return open
    }

    /// The sentence before the one opening at token `open` of paragraph `index`: in the same paragraph, or
    /// the last of the paragraph before (layout lines skipped); nil when it is a caption, a layout line or
    /// holds a quotation mark or
    /// stands inside a quotation (a quoted paragraph left open).
    static func sentenceBefore(_ open: Int, paragraph index: Int, _ paragraphs: [ParagraphText]) -> SentenceRef? {
        let here = paragraphs[index].sentenceOf[open]
        var ref: SentenceRef
        if here > 0 {
            ref = SentenceRef(paragraph: index, sentence: here - 1)
        } else {
            var before = index - 1
            while before >= 0, paragraphs[before].isLayout { before -= 1 }
            guard before >= 0, !paragraphs[before].sentences.isEmpty else { return nil }
            ref = SentenceRef(paragraph: before, sentence: paragraphs[before].sentences.count - 1)
        }
        let p = paragraphs[ref.paragraph]
        let sentence = p.sentences[ref.sentence]
        guard !p.isCaption, !p.isLayout, !sentence.contains(where: { p.tokens[$0].kind == .quoteMark || p.insideQuote[$0] }) else { return nil }
        return ref
    }

    /// The person mention that is the subject of the sentence and the only person it names.
    static func subject(of ref: SentenceRef, paragraphs: [ParagraphText], linked: MentionLinker.Linked) -> Int? {
        let p = paragraphs[ref.paragraph]
        let sentence = p.sentences[ref.sentence]
        var people: Set<Int> = []
        var first: Int?
        for k in sentence {
            guard let m = linked.byStart[ref.paragraph][k], linked.mentions[m].kind == .person else { continue }
            guard let e = linked.mentions[m].entity else { return nil }
            people.insert(e)
            if first == nil { first = m }
        }
        var start = sentence.lowerBound
        while start < sentence.upperBound, p.tokens[start].kind == .word, linked.byStart[ref.paragraph][start] == nil,
              !p.flags[start].isDisjoint(with: [.roleWord, .honorific]) { start += 1 }
        guard start < sentence.upperBound else { return nil }
        if Self.pronouns.contains(p.tokens[start].lower) {
            guard people.isEmpty, let m = PronounResolver(linked: linked, paragraphs: paragraphs)
                    .resolve(p.tokens[start].lower, paragraph: p.number, token: start) else { return nil }
            return m
        }
        guard people.count == 1, let m = first, let range = linked.mentionTokens[ref.paragraph][m],
              p.tokens[range.upperBound - 1].possessiveLength == 0, standsFirst(range.lowerBound, from: start, in: p) else { return nil }
        return m
    }

    /// Whether token `k` opens the sentence (from `start`, titles skipped) or follows the comma of an
    /// opening phrase with no other comma in it ("At 25 years old, Ames was diagnosed").
    static func standsFirst(_ k: Int, from start: Int, in p: ParagraphText) -> Bool {
        if k == start { return true }
        guard k > start + 1, p.tokens[k - 1].is(",") else { return false }
        return !p.tokens[start..<(k - 1)].contains { $0.is(",") || $0.kind == .quoteMark }
    }
}

/// An unattributed quotation after a sentence whose subject is one person is that person's
/// (``SubjectVoice/credit(_:paragraphs:linked:)``).
struct SubjectVoicePass: QuotationPass {
    let id = RuleID.speakerSubjectVoice

    func apply(_ quotes: [Quotation], in article: ArticleView) -> [Quotation] {
        SubjectVoice.credit(quotes, paragraphs: article.paragraphs, linked: article.linked)
    }
}
