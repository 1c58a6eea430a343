/// Resolves a pronoun speaker ("he said") to the person it most likely refers to: going back
/// sentence by sentence (up to two paragraphs), in the nearest sentence that names a person whose
/// gender agrees, the one who speaks there ("Feinstein said"), else the first named — the subject
/// position of news sentences. Names inside quotation
/// marks are not antecedents; "they", "I" and "we" are not resolved.
struct PronounResolver {
    let linked: MentionLinker.Linked
    let paragraphs: [ParagraphText]

    /// The mention the pronoun `pronoun` at token `token` of paragraph `paragraph` (1-based) refers to.
    func resolve(_ pronoun: String, paragraph: Int, token: Int) -> Int? {
        guard let gender = Gender.ofPronoun(pronoun) else { return nil }
        let base = paragraphs[0].number
        let here = paragraphs[paragraph - base]
        let sentenceHere = here.sentenceOf[min(token, here.tokens.count - 1)]
        // Candidates grouped by (paragraph, sentence), nearest first.
        var best: (paragraph: Int, sentence: Int, start: Int, mention: Int)?
        // By index, not `enumerated().reversed()`, which copied every candidate into an array first.
        // The candidates are in text order: skip those after the paragraph and stop before the window,
        // reading the paragraph alone first rather than copying each candidate (its strings and words).
        for m in linked.candidates.indices.reversed() {
            let number = linked.candidates[m].paragraph
            if number > paragraph { continue }
            if number < paragraph - 2 { break }
            let c = linked.candidates[m]
            guard c.kind == .person else { continue }
            let p = paragraphs[c.paragraph - base]
            if p.insideQuote[c.tokens.lowerBound] { continue }
            if c.paragraph == paragraph && c.tokens.lowerBound >= token { continue }
            let sentence = p.sentenceOf[c.tokens.lowerBound]
            if c.paragraph == paragraph && sentence > sentenceHere { continue }
            guard let e = linked.mentions[m].entity, linked.genders[e].agrees(with: gender) else { continue }
            if let b = best {
                if (c.paragraph, sentence) < (b.paragraph, b.sentence) { break }
                // Within a sentence: a name that speaks ("Feinstein said") wins, then the first name.
                let bestSpeaks = linked.candidates[b.mention].speaks
                if (c.speaks && !bestSpeaks) || (c.speaks == bestSpeaks && c.tokens.lowerBound < b.start) {
                    best = (c.paragraph, sentence, c.tokens.lowerBound, m)
                }
            } else {
                best = (c.paragraph, sentence, c.tokens.lowerBound, m)
            }
        }
        return best?.mention
    }
}
