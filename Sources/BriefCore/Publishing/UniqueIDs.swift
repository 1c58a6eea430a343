/// Ids handed out once each: a base id, or when it is taken, the base with the first free counter
/// (`-2`, `-3`, …). Remembers where each base's counter stopped, so many events sharing one base
/// cost one try each instead of counting up from 2 every time.
struct UniqueIDs {
    private var taken: Set<String> = []
    private var nextCounter: [String: Int] = [:]

    /// `base`, or `base-N` with the smallest N ≥ 2 not taken yet; the id is taken from then on.
    mutating func claim(_ base: String) -> String {
        var counter = nextCounter[base, default: 1]
        var id = counter == 1 ? base : "\(base)-\(counter)"
        while !taken.insert(id).inserted {
            counter += 1
            id = "\(base)-\(counter)"
        }
        nextCounter[base] = counter + 1
        return id
    }
}
