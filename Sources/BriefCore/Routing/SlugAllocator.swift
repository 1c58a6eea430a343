/// Gives each item a unique slug, deterministically: the first item asking for `x` gets `x`,
/// later ones `x-2`, `x-3`, …, never taking a slug another item asks for by name.
public enum SlugAllocator {
    /// Unique slugs for `wanted`, in the same order, where items marked `explicit` (a `slug:` the
    /// author wrote) claim their slug before items whose slug was derived from a file name.
    public static func allocate(_ wanted: [String], explicit: [Bool]) -> [String] {
        precondition(wanted.count == explicit.count)
        let order = wanted.indices.sorted { (explicit[$0] ? 0 : 1, $0) < (explicit[$1] ? 0 : 1, $1) }
        let allocated = allocate(order.map { wanted[$0] })
        var result = wanted
        for (position, index) in order.enumerated() { result[index] = allocated[position] }
        return result
    }

    /// Unique slugs for `wanted`, in the same order. Feed the items in a stable order (e.g. by path).
    public static func allocate(_ wanted: [String]) -> [String] {
        var taken = Set<String>()
        var firstOwner: [String: Int] = [:]
        for (index, slug) in wanted.enumerated() where firstOwner[slug] == nil {
            firstOwner[slug] = index
            taken.insert(slug)
        }
        var result: [String] = []
        result.reserveCapacity(wanted.count)
        for (index, slug) in wanted.enumerated() {
            if firstOwner[slug] == index {
                result.append(slug)
                continue
            }
            var n = 2
            while taken.contains("\(slug)-\(n)") { n += 1 }
            taken.insert("\(slug)-\(n)")
            result.append("\(slug)-\(n)")
        }
        return result
    }
}
