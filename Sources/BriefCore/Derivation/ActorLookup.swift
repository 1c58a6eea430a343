/// Finds an actor by its name, an alias or its id, case and accents aside. A name wins over an
/// alias, and an alias over an id, whichever actor comes first.
struct ActorLookup {
    private var byKey: [String: Actor] = [:]

    init(_ actors: [Actor]) {
        for actor in actors {
            if let key = EditorialMerge.key(actor.name), byKey[key] == nil { byKey[key] = actor }
        }
        for actor in actors {
            for alias in actor.aliases {
                if let key = EditorialMerge.key(alias), byKey[key] == nil { byKey[key] = actor }
            }
        }
        for actor in actors where byKey[actor.id] == nil { byKey[actor.id] = actor }
    }

    /// The actor `name` names, or nil.
    func find(_ name: String) -> Actor? {
        EditorialMerge.key(name).flatMap { byKey[$0] }
    }
}
