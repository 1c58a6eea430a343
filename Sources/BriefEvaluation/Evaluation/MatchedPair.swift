import BriefCore

/// A gold item paired with a predicted one, by their indices in their (sorted) layers.
public struct MatchedPair: Sendable, Hashable {
    public let gold: Int
    public let predicted: Int

    /// Creates the value from its parts.
    public init(gold: Int, predicted: Int) {
        self.gold = gold
        self.predicted = predicted
    }
}
