import BriefCore

/// One document's gold items of a layer next to the predictions for it: what a scorer sums over.
public struct DocumentPair<Item: SpannedItem>: Sendable {
    public let gold: [Item]
    public let predicted: [Item]

    /// Creates the value from its parts.
    public init(gold: [Item], predicted: [Item]) {
        self.gold = gold
        self.predicted = predicted
    }
}
