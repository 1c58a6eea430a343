import BriefCore

/// Why a line of a gold or prediction file cannot be scored, in words a person can act on.
public struct EvalFormatError: Error, Sendable, Hashable {
    public let message: String

    /// Creates the value from its parts.
    public init(_ message: String) {
        self.message = message
    }
}
