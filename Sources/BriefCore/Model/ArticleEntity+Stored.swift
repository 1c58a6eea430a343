/// The parts of an ``ArticleEntity`` that only extraction sets, in a form a cache of analyses can
/// write and read back (the build cache keeps each article's analysis between builds).
extension ArticleEntity {
    /// What the article says of the entity's gender, as a number: 0 unknown, 1 male, 2 female.
    public var genderCode: UInt8 {
        switch gender {
        case .unknown: 0
        case .male: 1
        case .female: 2
        }
    }

    /// The entity from its every stored part, as ``genderCode`` and ``isTentative`` gave them; nil
    /// when `genderCode` is none of those numbers.
    public init?(name: String, kind: ActorKind, mentions: [Int], aliases: [String], roles: [Int],
                 genderCode: UInt8, isTentative: Bool) {
        let genders: [Gender] = [.unknown, .male, .female]
        guard Int(genderCode) < genders.count else { return nil }
        self.init(name: name, kind: kind, mentions: mentions, aliases: aliases, roles: roles)
        gender = genders[Int(genderCode)]
        self.isTentative = isTentative
    }
}
