/// What kind of actor a name denotes.
public enum ActorKind: String, Sendable, Hashable, Codable {
    /// A person.
    case person
    /// An organisation: a ministry, a party, a company, an alliance.
    case organization
    /// A state, city or region.
    case place
}

extension ActorKind {
    /// The kind as `brief analyze` writes it: `person`, `organisation` or `place`.
    public var reportedName: String { self == .organization ? "organisation" : rawValue }
}
