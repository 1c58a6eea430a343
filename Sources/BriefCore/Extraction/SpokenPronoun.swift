/// A pronoun that speaks ("he said", "she added") outside quotation marks, and the mention it was
/// resolved to: the next pronoun's resolution reads it, so a chain of "he said" keeps its speaker.
struct SpokenPronoun: Sendable {
    /// The paragraph number (1-based).
    let paragraph: Int
    /// The pronoun's token index in its paragraph.
    let token: Int
    /// The sentence index of the pronoun in its paragraph.
    let sentence: Int
    /// The pronoun's gender.
    let gender: Gender
    /// The mention it refers to, or nil when it stayed unresolved.
    let mention: Int?

    /// Every speaking pronoun of the article, in text order, each resolved with the ones before it.
    static func resolveAll(linked: MentionLinker.Linked, paragraphs: [ParagraphText]) -> [SpokenPronoun] {
        var resolver = PronounResolver(linked: linked, paragraphs: paragraphs, spoken: [])
        for p in paragraphs {
            for k in p.tokens.indices where isSpeaking(k, in: p) {
                let lower = p.tokens[k].lower
                guard let gender = Gender.ofPronoun(lower) else { continue }
                let mention = resolver.resolve(lower, paragraph: p.number, token: k)
                resolver.spoken.append(SpokenPronoun(paragraph: p.number, token: k, sentence: p.sentenceOf[k], gender: gender, mention: mention))
            }
        }
        return resolver.spoken
    }

    /// The mention the speaking pronoun at token `token` of paragraph `paragraph` was resolved to:
    /// `.some(nil)` when it stayed unresolved, nil when no speaking pronoun stands there.
    static func resolved(at token: Int, paragraph: Int, in spoken: [SpokenPronoun]) -> Int?? {
        var low = 0, high = spoken.count
        while low < high {
            let mid = (low + high) / 2
            if (spoken[mid].paragraph, spoken[mid].token) < (paragraph, token) { low = mid + 1 } else { high = mid }
        }
        guard low < spoken.count, spoken[low].paragraph == paragraph, spoken[low].token == token else { return nil }
        return .some(spoken[low].mention)
    }

    /// Whether token `k` of `p` is "he" or "she" outside quotation marks before a speech verb.
    static func isSpeaking(_ k: Int, in p: ParagraphText) -> Bool {
        guard k + 1 < p.tokens.count, !p.insideQuote[k], p.flags(k).contains(.speakerPronoun) else { return false }
        return p.tokens[k + 1].kind == .word && p.flags[k + 1].contains(.speechVerb)
    }
}
