/// The grammatical gender a pronoun must agree with, as far as the article tells it.
enum Gender: Sendable, Hashable, Codable {
    case unknown, male, female

    /// The gender of the pronoun `lower` ("he" → male), or nil when it is not a singular personal pronoun.
    static func ofPronoun(_ lower: String) -> Gender? {
        switch lower {
        case "he", "him", "his": .male
        case "she", "her", "hers": .female
        default: nil
        }
    }

    /// Whether a person of this gender can be referred to by a pronoun of gender `pronoun`.
    func agrees(with pronoun: Gender) -> Bool { self == .unknown || self == pronoun }

    /// The two combined: a known gender wins over unknown; a conflict makes it unknown.
    func merged(with other: Gender) -> Gender {
        if self == other || other == .unknown { return self }
        if self == .unknown { return other }
        return .unknown
    }
}
