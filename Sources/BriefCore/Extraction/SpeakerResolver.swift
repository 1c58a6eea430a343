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
    }

    let linked: MentionLinker.Linked
    let paragraphs: [ParagraphText]

    /// The speaker `phrase` found in paragraph number `paragraph`; a pronoun stands at token `token`.
    func resolve(_ phrase: SpeakerPhrase, paragraph: Int, pronounAt token: Int) -> Resolved {
        switch phrase {
        case .mention(let m):
            return Resolved(text: linked.mentions[m].surface, mention: m, entity: linked.mentions[m].entity, inferred: false)
        case .pronoun(let pronoun):
            let m = PronounResolver(linked: linked, paragraphs: paragraphs).resolve(pronoun, paragraph: paragraph, token: token)
            return Resolved(text: pronoun, mention: m, entity: m.flatMap { linked.mentions[$0].entity }, inferred: true)
        case .nominal(let head, let text):
            let e = entity(withRole: head)
            return Resolved(text: text, mention: e.flatMap { linked.entities[$0].mentions.first }, entity: e, inferred: true)
        case .unknown(let text):
            return Resolved(text: text, mention: nil, entity: nil, inferred: false)
        }
    }

    /// The one person of the article whose stated role has the head `head` ("spokeswoman"), or nil.
    func entity(withRole head: String) -> Int? {
        var found: Set<Int> = []
        for role in linked.roles {
            // A word of the title equal to `head` (no set of the title's words is built for one test).
            let titled = Tokenizer.tokenize(role.title).contains { $0.lower == head }
            if titled, let e = linked.mentions[role.mention].entity { found.insert(e) }
        }
        return found.count == 1 ? found.first : nil
    }
}
