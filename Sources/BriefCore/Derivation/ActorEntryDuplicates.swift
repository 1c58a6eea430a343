/// Finds editorial actor entries that name the same actor: two entries with the same name (compared
/// as ``EditorialMerge`` compares names, case, accents and punctuation aside), one entry's name among
/// another's aliases, or the same profile id. Each such pair is an error naming both files, since
/// which entry would win is arbitrary.
public enum ActorEntryDuplicates {
    /// One error per pair of entries for the same actor, on the later file (by path), naming the earlier.
    public static func problems(in entries: [ActorEntry]) -> [Diagnostic] {
        let sorted = entries.sorted { $0.sourcePath < $1.sourcePath }
        var byName: [String: ActorEntry] = [:], byAlias: [String: ActorEntry] = [:], byId: [String: ActorEntry] = [:]
        var problems: [Diagnostic] = []
        for entry in sorted {
            let name = EditorialMerge.key(entry.name)
            if let other = byId[entry.id] {
                problems.append(problem(entry, other, why: "has the same profile id `\(entry.id)` as"))
            } else if let name, let other = byName[name] {
                problems.append(problem(entry, other, why: "names the same actor, “\(entry.name)”, as"))
            } else if let name, let other = byAlias[name] {
                problems.append(problem(entry, other, why: "names “\(entry.name)”, an alias in"))
            } else if let other = entry.aliases.lazy.compactMap({ EditorialMerge.key($0) }).compactMap({ byName[$0] }).first {
                problems.append(problem(entry, other, why: "lists “\(other.name)” as an alias, the name of"))
            }
            byId[entry.id] = byId[entry.id] ?? entry
            if let name { byName[name] = byName[name] ?? entry }
            for alias in entry.aliases.compactMap(EditorialMerge.key) { byAlias[alias] = byAlias[alias] ?? entry }
        }
        return problems
    }

    private static func problem(_ entry: ActorEntry, _ other: ActorEntry, why: String) -> Diagnostic {
        Diagnostic(file: entry.sourcePath, message: "this actor entry \(why) \(other.sourcePath)",
                   hint: "Keep one entry per actor: move what this file adds (aliases, links, biography) into \(other.sourcePath) and delete this one.")
    }
}
