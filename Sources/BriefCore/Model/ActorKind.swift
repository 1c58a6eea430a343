/// What kind of actor a name denotes.
public enum ActorKind: String, Sendable, Hashable, Codable {
    case person
    case organization
    case place
}
