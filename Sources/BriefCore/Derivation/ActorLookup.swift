/// Finds an actor by its name, an alias or its id, case and accents aside.
struct ActorLookup {
    private var byKey: [String: Actor] = [:]

    init(_ actors: [Actor]) {
        for actor in actors {
            for name in [actor.name] + actor.aliases {
                if let key = EditorialMerge.key(name), byKey[key] == nil { byKey[key] = actor }
            }
            if byKey[actor.id] == nil { byKey[actor.id] = actor }
        }
    }

    /// The actor `name` names, or nil.
    func find(_ name: String) -> Actor? {
        EditorialMerge.key(name).flatMap { byKey[$0] }
    }
}
