/// A note the editors wrote in `content/corrections.yml`, shown on a page the correction changed,
/// marked as theirs: what they changed (`change`, written by brief) and why (`note`, their words).
public struct EditorNote: Sendable, Hashable, Codable {
    /// What the correction changed, as a sentence without its full stop ("The editors merged “Zelensky” into this profile").
    public let change: String
    /// The editors' own words.
    public let note: String

    /// Creates the value from its parts.
    public init(change: String, note: String) {
        self.change = change
        self.note = note
    }
}

/// The editors' notes of a briefing, by the page they belong on: an actor's profile or an article's page.
public struct EditorNotes: Sendable, Hashable {
    /// Notes by actor id, in the order of the corrections.
    public private(set) var byActor: [String: [EditorNote]] = [:]
    /// Notes by article slug, in the order of the corrections.
    public private(set) var byArticle: [String: [EditorNote]] = [:]

    /// No notes.
    public init() {}

    /// Adds `note` to the profile of actor `id` (once).
    public mutating func add(_ note: EditorNote, toActor id: String) {
        if !(byActor[id] ?? []).contains(note) { byActor[id, default: []].append(note) }
    }

    /// Adds `note` to the page of article `slug` (once).
    public mutating func add(_ note: EditorNote, toArticle slug: String) {
        if !(byArticle[slug] ?? []).contains(note) { byArticle[slug, default: []].append(note) }
    }

    /// Moves the notes of actor `from` to actor `to` (when `from` is merged away or hidden, nil drops them).
    public mutating func moveActor(_ from: String, to: String?) {
        guard let notes = byActor.removeValue(forKey: from), let to else { return }
        for note in notes { add(note, toActor: to) }
    }
}
