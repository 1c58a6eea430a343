/// Turns the speaker phrase an attribution pattern found into the article's mention and entity: a
/// name is itself; a pronoun goes through the ``PronounResolver``; a title phrase ("the
/// spokeswoman") goes to the one person of the article stated to hold that title. Both of the last
/// are inferred.
struct SpeakerResolver {
    /// A resolved speaker.
    struct Resolved: Sendable, Hashable {
        /// The speaker as written.
        var text: String
        var mention: Int?
        var entity: Int?
        var inferred: Bool
        /// How the phrase was bound: a name, a pronoun, a role, …
        var rule: RuleID
    }

    let linked: MentionLinker.Linked
    let paragraphs: [ParagraphText]

    /// The speaker `phrase` found in paragraph number `paragraph`; a pronoun stands at token `token`.
    func resolve(_ phrase: SpeakerPhrase, paragraph: Int, pronounAt token: Int) -> Resolved {
        switch phrase {
        case .mention(let m):
            return Resolved(text: linked.mentions[m].surface, mention: m, entity: linked.mentions[m].entity, inferred: false, rule: .resolveName)
        case .pronoun(let pronoun):
            // A pronoun that speaks was resolved with the article's others; resolving it again would give the same.
            let m = SpokenPronoun.resolved(at: token, paragraph: paragraph, in: linked.spokenPronouns)
                ?? PronounResolver(linked: linked, paragraphs: paragraphs).resolve(pronoun, paragraph: paragraph, token: token)
            return Resolved(text: pronoun, mention: m, entity: m.flatMap { linked.mentions[$0].entity }, inferred: true, rule: .resolvePronoun)
        case .nominal(_, let text) where isOwnStatement(at: token, inParagraph: paragraph):
            // "her statement read": she speaks through it.
            let p = paragraphs[paragraph - paragraphs[0].number]
            let m = PronounResolver(linked: linked, paragraphs: paragraphs).resolve(p.tokens[token].lower, paragraph: paragraph, token: token)
            return Resolved(text: text, mention: m, entity: m.flatMap { linked.mentions[$0].entity }, inferred: true, rule: .resolveOwnStatement)
        case .nominal(let head, let text):
            // "a spokesman" is someone unnamed; "the spokesman" is the one the article named.
            let e = isIndefinite(text) ? nil : entity(withTitle: text) ?? entity(withRole: head)
            return Resolved(text: text, mention: e.flatMap { linked.entities[$0].mentions.first }, entity: e, inferred: true, rule: .resolveRole)
        case .unknown(let text):
            return Resolved(text: text, mention: nil, entity: nil, inferred: false, rule: .resolveUnnamed)
        }
    }

    /// Whether token `k` of paragraph number `paragraph` is "his" or "her" before a noun of
    /// ``CommonWords/ownStatements`` ("her statement").
    private func isOwnStatement(at k: Int, inParagraph paragraph: Int) -> Bool {
        let index = paragraph - paragraphs[0].number
        return paragraphs.indices.contains(index) && Self.isOwnStatement(at: k, in: paragraphs[index])
    }

    /// Whether token `k` of `p` is "his" or "her" before a noun of ``CommonWords/ownStatements``.
    static func isOwnStatement(at k: Int, in p: ParagraphText) -> Bool {
        guard k >= 0, k + 1 < p.tokens.count, ReportedSpeechFinder.possessiveHolders.contains(p.tokens[k].lower) else { return false }
        return CommonWords.ownStatements.contains(p.tokens[k + 1].lower)
    }

    /// Whether the description opens with "a" or "an".
    func isIndefinite(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("a ") || lower.hasPrefix("an ")
    }

    /// The one person of the article whose stated title is the description `text` without its
    /// determiner ("the prime minister" → "Prime Minister Justin Trudeau", not "Immigration Minister
    /// Ahmed Hussen"), or nil.
    func entity(withTitle text: String) -> Int? {
        var words = Tokenizer.tokenize(text).filter { $0.kind == .word }.map { Titles.fullForm($0.lower) }
        guard let first = words.first, CommonWords.determiners.contains(first) else { return nil }
        words.removeFirst()
        guard words.count >= 2 else { return nil }
        let title = words.joined(separator: " ")
        var found: Set<Int> = []
        for role in linked.roles {
            let stated = Tokenizer.tokenize(role.title).filter { $0.kind == .word }.map { Titles.fullForm($0.lower) }.joined(separator: " ")
            if stated == title, let e = linked.mentions[role.mention].entity { found.insert(e) }
        }
        return found.count == 1 ? found.first : nil
    }

    /// The one person of the article whose stated role has the head `head` ("spokeswoman"), or nil.
    func entity(withRole head: String) -> Int? {
        var found: Set<Int> = []
        for role in linked.roles {
            // A word of the title equal to `head` (no set of the title's words is built for one test).
            // "the senator" is "Sen. Jo Ames": an abbreviated title is its full form.
            let titled = Tokenizer.tokenize(role.title).contains { Titles.fullForm($0.lower) == Titles.fullForm(head) }
            if titled, let e = linked.mentions[role.mention].entity { found.insert(e) }
        }
        return found.count == 1 ? found.first : nil
    }
}
