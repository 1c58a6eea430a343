/// Actors that are likely not actors at all: a one-word name that is never quoted and has no stated
/// role, and that is a word no name is made of (a pronoun, a frequent adverb, a collective noun such
/// as "Officials"), or, for a person, the head word of an organisation's name on its own
/// ("Department") or a word in -ing that is no place ("Housekeeping", not "Beijing"); and any name
/// with the marks of text decoded in the wrong encoding ("FranÃ").
/// Each is reported in its first article, where the name is.
enum NonEntityReview {
    /// The shortest -ing word taken for a non-name ("King" and "Ming" are names).
    static let shortestGerund = 6
    /// Characters that text decoded as Latin-1 instead of UTF-8 leaves behind.
    static let misdecoded: Set<Character> = ["Ã", "Â", "\u{FFFD}"]

    static func findings(_ briefing: Briefing) -> [ReviewFinding] {
        let paths = Dictionary(briefing.articles.map { ($0.slug, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        return briefing.actors.compactMap { actor -> ReviewFinding? in
            guard briefing.entries[actor.id] == nil, let why = reason(actor), let slug = actor.articles.first, let path = paths[slug] else { return nil }
            return ReviewFinding(.likelyNonEntity, file: path, excerpt: actor.name,
                                 message: "“\(actor.name)” has a profile (actors/\(actor.id)/) but \(why)",
                                 hint: "Nothing to fix in the article if it reads well; an actor cannot be hidden yet (content/corrections.yml, issue 19, will).")
        }
    }

    /// Why `actor` looks like no actor, or nil.
    static func reason(_ actor: Actor) -> String? {
        if actor.name.contains(where: misdecoded.contains) {
            return "its name looks like text decoded in the wrong encoding (“Ã” for an accented letter); check the article's text"
        }
        let words = actor.name.split(separator: " ")
        guard words.count == 1, actor.quotes == 0, actor.roles.isEmpty else { return nil }
        let word = actor.name.lowercased()
        if CommonWords.nonName.contains(word) { return "“\(actor.name)” is a word that names no one in particular" }
        guard actor.kind == .person, !Places.contains(word) else { return nil }
        if Organizations.headWords.contains(word) { return "“\(actor.name)” alone is the last word of an organisation's name, not a person" }
        if word.hasSuffix("ing"), word.count >= shortestGerund, !GivenNames.contains(word) {
            return "“\(actor.name)” reads as a word in -ing, not a name"
        }
        return nil
    }
}
