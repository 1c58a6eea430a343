/// What kind of actor a name denotes.
public enum ActorKind: String, Sendable, Hashable, Codable {
    /// A person.
    case person
    /// An organisation: a ministry, a party, a company, an alliance.
    case organization
    /// A state, city or region.
    case place
}
