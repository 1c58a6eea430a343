extension Quotation {
    /// Whether the quotation is a fragment inside the reporter's sentence: partial, opening on a
    /// lower-case word, and not the continuation of another quotation ("said the plan is “a disaster
    /// from the start”"). Such a fragment belongs to the clause that holds it.
    public var isFragment: Bool {
        partial && text.first.map { $0.isLowercase } == true && continues == nil
    }
}
