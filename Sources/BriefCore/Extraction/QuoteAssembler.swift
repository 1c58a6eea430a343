/// Turns the quotations of an article's paragraphs into ``Quotation``s: attributes each one
/// (``Attributor``), resolves pronouns (``PronounResolver``) and roles ("the spokeswoman") to the
/// article's people, links the paragraphs of a long quotation and the halves of “…,” he said. “…”,
/// and tells scare quotes and titles from quotations.
struct QuoteAssembler {
    let paragraphs: [ParagraphText]
    let linked: MentionLinker.Linked

    /// One quotation while it is assembled.
    struct Draft {
        var paragraph: Int
        var segment: QuotationScanner.Segment
        var finding: Attributor.Finding?
        var speakerMention: Int?
        var speakerEntity: Int?
        var speakerText: String?
        var speakerPhrase: String?
        var speakerSpan: ByteSpan?
        var speakerParagraph: Int?
        var inferred = false
        var continues: Int?
        var words = 0
        var scare = false
        var provenance = Provenance(found: .quoteMarks)
    }

    /// The article's quotations in text order.
    func quotations() -> [Quotation] {
        var drafts: [Draft] = []
        let base = paragraphs[0].number
        var previous: Attributor?
        for (index, p) in paragraphs.enumerated() {
            let attributor = makeAttributor(index)
            defer { previous = attributor }
            var pronouns = PronounScan()
            for (s, segment) in p.quotes.enumerated() {
                var draft = Draft(paragraph: p.number, segment: segment)
                draft.words = ((segment.open + 1)..<segment.limit).filter { p.tokens[$0].kind != .punctuation && p.tokens[$0].kind != .quoteMark }.count
                draft.finding = attributor.attribute(segment, previous: previous)
                draft.provenance.speaker = draft.finding?.rule
                resolve(&draft, in: p, pronouns: &pronouns, by: draft.finding?.fromPrevious == true ? previous ?? attributor : attributor)
                // The next paragraph of a long quotation, or the second half of “…,” he said. “…” (``RuleID/speakerContinued``).
                draft.continues = continuation(of: draft, at: s, in: p, after: drafts, base: base)
                drafts.append(draft)
            }
        }
        propagateAlongChains(&drafts)
        for i in drafts.indices { classifyScare(&drafts[i], in: paragraphs[drafts[i].paragraph - base]) }
        return drafts.map { makeQuotation($0, in: paragraphs[$0.paragraph - base]) }
    }

    /// The last quotation of paragraph `paragraph` with a speaker. A quotation that opens its own
    /// sentence may look back over quoted titles in between (a show's name in "said Jo Ames, host
    /// of “Night Desk.” “…”"); nil when anything else unattributed stands between.
    func attributedBefore(in drafts: [Draft], paragraph: Int, opensSentence: Bool) -> Int? {
        var i = drafts.count - 1
        while i >= 0, drafts[i].paragraph == paragraph {
            if drafts[i].speakerText != nil { return i }
            guard opensSentence, drafts[i].finding == nil, isTitle(drafts[i], in: paragraphs[drafts[i].paragraph - paragraphs[0].number]) else { return nil }
            i -= 1
        }
        return nil
    }

    /// Whether the quotation takes up the sentence of the attributed quotation `previous` after its
    /// attribution and a comma: the second half of “…,” said Jo Ames, a teacher, “and …”.
    func resumesAfterAttribution(_ segment: QuotationScanner.Segment, previous: Draft, in p: ParagraphText) -> Bool {
        guard previous.finding?.pattern == .after, let close = previous.segment.close, segment.open > close + 1,
              p.tokens[segment.open - 1].is(","), p.sentenceOf[segment.open] == p.sentenceOf[close] else { return false }
        return true
    }

    /// Whether the quotation is a short run of capitalised words, a title or a name.
    private func isTitle(_ draft: Draft, in p: ParagraphText) -> Bool {
        let words = ((draft.segment.open + 1)..<draft.segment.limit).filter { p.tokens[$0].kind == .word }
        return !words.isEmpty && words.count <= Self.titleWords && words.allSatisfy { p.tokens[$0].isCapitalized }
    }

    /// Whether the quotation is the first thing in its sentence.
    func opensSentence(_ segment: QuotationScanner.Segment, in p: ParagraphText) -> Bool {
        segment.open == p.sentences[p.sentenceOf[segment.open]].lowerBound
    }

    /// The most words of a quoted title or name that an attributed quotation may stand before.
    static let titleWords = 5

    /// The attributor for the paragraph at `index` (0-based).
    func makeAttributor(_ index: Int) -> Attributor {
        Attributor.make(paragraph: index, paragraphs: paragraphs, linked: linked)
    }

    /// Whether the quotation is the whole paragraph (nothing but punctuation after it).
    func isWholeParagraph(_ segment: QuotationScanner.Segment, in p: ParagraphText) -> Bool {
        guard let close = segment.close else { return true }
        return p.tokens[(close + 1)...].allSatisfy { $0.kind == .punctuation || $0.kind == .quoteMark }
    }

    /// Whether the quotation lies in the last sentence of its paragraph.
    func endsParagraph(_ draft: Draft, base: Int) -> Bool {
        let p = paragraphs[draft.paragraph - base]
        return p.sentenceOf[draft.segment.open] == p.sentences.count - 1 || p.sentenceOf[draft.segment.limit - 1] == p.sentences.count - 1
    }

    /// Resolves the attributor's speaker phrase to a mention and an entity.
    private func resolve(_ draft: inout Draft, in p: ParagraphText, pronouns: inout PronounScan, by attributor: Attributor) {
        guard let finding = draft.finding else { return }
        let token = pronounToken(near: draft.segment, in: p, pronouns: &pronouns)
        let resolved = SpeakerResolver(linked: linked, paragraphs: paragraphs).resolve(finding.speaker, paragraph: p.number, pronounAt: token)
        draft.speakerText = resolved.text
        let extent = SpeakerExtent(a: attributor)
        let near = finding.fromPrevious ? attributor.p.tokens.count : token
        if let core = extent.core(of: finding.speaker, candidates: linked.candidates, near: near) {
            let range = extent.extent(of: core)
            draft.speakerPhrase = attributor.p.text(of: range)
            draft.speakerSpan = ByteSpan(start: attributor.p.tokens[range.lowerBound].span.start, end: attributor.p.tokens[range.upperBound - 1].span.end)
            draft.speakerParagraph = attributor.p.number
        }
        draft.speakerMention = resolved.mention
        draft.speakerEntity = resolved.entity
        draft.inferred = resolved.inferred
        draft.provenance.binding = resolved.rule
        if let verb = finding.verb, verb < attributor.p.tokens.count {
            draft.provenance.cue = attributor.p.tokens[verb].span
            draft.provenance.cueParagraph = attributor.p.number
        }
    }

    /// The token index of a speaker pronoun near `segment` (for resolution: only names before it count).
    private func pronounToken(near segment: QuotationScanner.Segment, in p: ParagraphText, pronouns: inout PronounScan) -> Int {
        let from = segment.close ?? segment.limit
        for k in from..<min(p.tokens.count, from + 6) where p.flags(k).contains(.speakerPronoun)
            || SpeakerResolver.isOwnStatement(at: k, in: p) { return k }
        return pronouns.last(before: segment.open, in: p) ?? segment.open
    }

    /// Gives every quotation of a chain (paragraphs of one long quotation, halves around "he said")
    /// the speaker of the nearest attributed part before it, or of the chain's first attributed part.
    private func propagateAlongChains(_ drafts: inout [Draft]) {
        // `continues` points back, so in text order the quotation continued already has its speaker: each
        // part takes the nearest attributed part before it, not the chain's first ("…” he said. “…”
        // after an unclosed quotation of someone else's is his).
        // A part before any attributed one takes the chain's first attributed part ("“…” ¶ “…,” he said").
        var root = Array(drafts.indices)
        for i in drafts.indices { if let c = drafts[i].continues { root[i] = root[c] } }
        var firstOfChain: [Int: Int] = [:]
        for i in drafts.indices where drafts[i].speakerText != nil && firstOfChain[root[i]] == nil { firstOfChain[root[i]] = i }
        var speakerOf = [Int?](repeating: nil, count: drafts.count)
        for i in drafts.indices {
            if drafts[i].speakerText != nil { speakerOf[i] = i; continue }
            speakerOf[i] = drafts[i].continues.flatMap { speakerOf[$0] }
        }
        for i in drafts.indices where drafts[i].speakerText == nil {
            guard let s = speakerOf[i] ?? firstOfChain[root[i]] else { continue }
            drafts[i].speakerText = drafts[s].speakerText
            drafts[i].speakerPhrase = drafts[s].speakerPhrase
            drafts[i].speakerSpan = drafts[s].speakerSpan
            drafts[i].speakerParagraph = drafts[s].speakerParagraph
            drafts[i].speakerMention = drafts[s].speakerMention
            drafts[i].speakerEntity = drafts[s].speakerEntity
            drafts[i].inferred = true
            drafts[i].provenance = Provenance(found: drafts[i].provenance.found, speaker: .speakerContinued, binding: drafts[s].provenance.binding)
            drafts[i].provenance.cue = drafts[s].provenance.cue
            drafts[i].provenance.cueParagraph = drafts[s].provenance.cueParagraph
        }
    }

    /// The lower-case words a capitalised title may hold ("The Art of the Deal").
    private static let titleSmallWords = WordList.set("of the and a an in on for to at with &")

    /// Marks scare quotes and titles: short quotations with no speech context, and capitalised titles.
    private func classifyScare(_ draft: inout Draft, in p: ParagraphText) {
        let content = (draft.segment.open + 1)..<draft.segment.limit
        let words = content.filter { p.tokens[$0].kind == .word }
        let titleLike = !words.isEmpty && words.count <= 6
            && words.allSatisfy { p.tokens[$0].isCapitalized || Self.titleSmallWords.contains(p.tokens[$0].lower) }
            && !content.dropLast().contains { p.tokens[$0].isTerminal } && draft.finding?.pattern != .after && draft.finding?.pattern != .introduced
        var scare = titleLike
        if draft.words <= ArticleAnalyzer.scareQuoteWords {
            let pattern = draft.finding?.pattern
            scare = scare || pattern == nil
        }
        if scare {
            draft.scare = true
            draft.provenance = Provenance(found: titleLike ? .quoteTitle : .quoteScare)
            draft.speakerText = nil
            draft.speakerPhrase = nil
            draft.speakerSpan = nil
            draft.speakerParagraph = nil
            draft.speakerMention = nil
            draft.speakerEntity = nil
        }
    }

    /// Whether the quotation reads as a full sentence of the speaker's (capitalised first word).
    func isFullSentence(_ segment: QuotationScanner.Segment, in p: ParagraphText) -> Bool {
        // “[Ames] has …”, “(Ames) has …”: an editor's bracket opens the sentence.
        let bracket = p.token(segment.open + 1).map { $0.is("(") || $0.is("[") } ?? false
        guard let first = p.token(segment.open + (bracket ? 2 : 1)) else { return false }
        return first.isCapitalized || first.kind == .number || first.kind == .quoteMark
    }

    /// The finished quotation.
    private func makeQuotation(_ d: Draft, in p: ParagraphText) -> Quotation {
        let seg = d.segment
        let start = p.tokens[seg.open].span.start
        let end = seg.close.map { p.tokens[$0].span.end } ?? p.tokens[seg.limit - 1].span.end
        let contentStart = p.tokens[seg.open].span.end
        let contentEnd = seg.close.map { p.tokens[$0].span.start } ?? end
        let content = ByteSpan(start: contentStart, end: max(contentStart, contentEnd))
        let text = SharedText(content.slice(of: p.text).trimmingASCIIWhitespace())
        let partial = !isFullSentence(seg, in: p) || isEmbedded(seg, in: p)
        var mentions: [Int] = []
        let starts = linked.byStart[p.number - paragraphs[0].number]
        for k in (seg.open + 1)..<max(seg.open + 1, seg.limit) { if let m = starts[k] { mentions.append(m) } }
        if let object = d.finding?.object, !mentions.contains(object) { mentions.append(object) }
        var quotation = Quotation(paragraph: p.number, span: ByteSpan(start: start, end: end), contentSpan: content, text: text,
                                  partial: partial, isScareQuote: d.scare, speakerText: d.speakerText,
                                  speakerMention: d.speakerMention, speakerEntity: d.speakerEntity,
                                  attribution: d.speakerText == nil ? nil : (d.inferred ? .inferred : .explicit),
                                  mentions: mentions.sorted(), continues: d.continues,
                                  clauseSpan: partial && !d.scare ? clauseSpan(d, in: p) : nil)
        quotation.speakerPhrase = d.speakerPhrase
        quotation.speakerSpan = d.speakerSpan
        quotation.speakerParagraph = d.speakerParagraph
        quotation.provenance = d.provenance
        return quotation
    }

    /// The reported clause of a partial quotation: from after its speech verb to the end of the
    /// sentence (without the final punctuation), or nil when no verb introduces it.
    private func clauseSpan(_ d: Draft, in p: ParagraphText) -> ByteSpan? {
        guard let verb = d.finding?.verb, verb < d.segment.open else { return nil }
        let sentence = p.sentences[p.sentenceOf[d.segment.open]]
        var last = max(sentence.upperBound - 1, d.segment.close ?? d.segment.limit - 1)
        // "… and said B": a second statement of the speaker after the quotation is a clause of its own.
        // ", but he warned …", ", while others said …": the reported-speech finder's end of a clause.
        if let close = d.segment.close,
           let cut = [Self.secondVerbCut(from: close + 1, through: last, in: p), clauseCut(after: close, through: last, in: p)].compactMap({ $0 }).min(),
           cut > verb + 1 { last = cut - 1 }
        while last > verb + 1, p.tokens[last].isTerminal || p.tokens[last].is(",") { last -= 1 }
        return ByteSpan(start: p.tokens[verb + 1].span.start, end: p.tokens[last].span.end)
    }

    /// Whether the quotation sits inside the reporter's sentence after other words that do not
    /// introduce it ("advancing “on all fronts”").
    private func isEmbedded(_ seg: QuotationScanner.Segment, in p: ParagraphText) -> Bool {
        guard seg.open > 0 else { return false }
        let before = p.tokens[seg.open - 1]
        if before.is(":") || before.is(",") || before.kind == .quoteMark { return false }
        if seg.open == p.sentences[p.sentenceOf[seg.open]].lowerBound { return false }
        if before.kind == .word && (SpeechVerbs.isSpeechVerb(before.lower) || before.lower == "that") {
            return !isFullSentence(seg, in: p)
        }
        return before.kind == .word
    }
}
