/// What identifies a person by a full name: its words without initials and generational suffix, the
/// suffix ("Jr." makes another person), and the initials (two names alike but with different initials
/// are different people: "George H. Bush", "George W. Bush"). Used within an article and across them.
struct PersonNameKey: Hashable, Sendable {
    /// The lower-case words without initials and suffix ("donald", "trump").
    let words: [String]
    /// The generational suffix without its period ("jr"), or nil.
    let suffix: String?
    /// The initials' letters in order ("w"), empty when the name has none.
    let initials: String

    /// The key of a name given as its lower-case words ("donald", "j.", "trump", "jr.").
    init(words raw: [String]) {
        var words: [String] = [], suffix: String?, initials = ""
        for (index, word) in raw.enumerated() {
            let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
            if index > 0, NameSuffixes.all.contains(bare) {
                suffix = bare
            } else if Self.isInitial(word) {
                initials += bare.filter { $0 != "." }
            } else {
                words.append(word)
            }
        }
        if words.isEmpty { words = raw }
        self.words = words
        self.suffix = suffix
        self.initials = initials
    }

    /// The name's identity without its initials: names alike here are one person unless their
    /// initials conflict.
    var base: String { (suffix.map { words + [$0] } ?? words).joined(separator: " ") }

    /// The name's full identity, initials included.
    var full: String { initials.isEmpty ? base : base + " /" + initials }

    /// The short names the person can be referred to by: the last word, and the first word when that
    /// is a family name written first ("Xi" of "Xi Jinping").
    var surnames: [String] {
        guard let last = words.last else { return [] }
        var keys = [last]
        if words.count >= 2, FamilyNames.first.contains(words[0]) { keys.append(words[0]) }
        return keys
    }

    /// The ends of the name of two words or more that are shorter than it ("al mnajer" of "mohammad al
    /// mnajer"): a reader's short forms of a long family name.
    var tails: [String] {
        guard words.count >= 3 else { return [] }
        return (2..<words.count).map { words.suffix($0).joined(separator: " ") }
    }

    /// Whether `word` is an initial: one or two letters with a period ("w.", "h.w.").
    static func isInitial(_ word: String) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let letters = word.filter { $0 != "." }
        return !letters.isEmpty && letters.count <= 2 && letters.allSatisfy(\.isLetter)
    }

    /// The identity each key resolves to among `keys`: a name with initials keeps them apart only
    /// when another name of the same base has different initials; a name without initials joins the
    /// one initialled name of its base, and stays apart when there are several.
    static func identities(_ keys: some Sequence<PersonNameKey>) -> [PersonNameKey: String] {
        var initialsOf: [String: Set<String>] = [:]
        for key in keys { initialsOf[key.base, default: []].insert(key.initials) }
        var out: [PersonNameKey: String] = [:]
        for key in keys where out[key] == nil {
            let variants = initialsOf[key.base, default: []].subtracting([""])
            out[key] = variants.count <= 1 ? key.base : key.full
        }
        return out
    }
}
