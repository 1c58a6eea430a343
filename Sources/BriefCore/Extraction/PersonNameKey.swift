/// What identifies a person by a full name: the first and last words, the generational suffix ("Jr."
/// makes another person), and what stands between — initials and middle names. Names alike but for a
/// middle part are one person ("Hillary Rodham Clinton", "Hillary Clinton"; "Donald J. Trump") unless
/// two different middle parts show two people ("George H. Bush", "George W. Bush"). Used within an
/// article and across them.
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

    /// The name's identity without its middle: its first and last words and suffix. Names alike here
    /// are one person unless their middles conflict.
    var base: String {
        let ends = words.count > 2 ? [words[0], words[words.count - 1]] : words
        return (suffix.map { ends + [$0] } ?? ends).joined(separator: " ")
    }

    /// The initials and middle names, joined ("j", "rodham").
    var middle: String {
        let names = words.count > 2 ? words[1..<(words.count - 1)].joined(separator: " ") : ""
        return [initials, names].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The name's full identity, middle included.
    var full: String { middle.isEmpty ? base : base + " /" + middle }

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

    /// The identity each key resolves to among `keys`: a name with a middle keeps it apart only when
    /// another name of the same base has a different middle; a name without a middle joins the one
    /// middled name of its base, and stays apart when there are several. Family-name-first names
    /// ("Kim Jong Un") keep every word.
    static func identities(_ keys: some Sequence<PersonNameKey>) -> [PersonNameKey: String] {
        var middlesOf: [String: Set<String>] = [:]
        for key in keys { middlesOf[key.base, default: []].insert(key.middle) }
        var out: [PersonNameKey: String] = [:]
        for key in keys where out[key] == nil {
            let variants = middlesOf[key.base, default: []].subtracting([""])
            let familyFirst = key.words.count > 2 && FamilyNames.first.contains(key.words[0])
            out[key] = variants.count <= 1 && !familyFirst ? key.base : key.full
        }
        return out
    }
}
