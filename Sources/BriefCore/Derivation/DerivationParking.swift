/// How the assembler holds each article's ``DeferredDerivation`` while the corpus's actors are
/// resolved: every article's analysis is held at that moment, so an edge that keeps these parts in a
/// smaller form than the model's (the site keeps them as compact bytes) lowers the build's peak memory.
public protocol DerivationParking: Sendable {
    /// The parts as they are held.
    associatedtype Parked: Sendable
    /// The parts in the form they are held in.
    func park(_ parts: DeferredDerivation) -> Parked
    /// The parts, exactly as they were parked.
    func unpark(_ parked: Parked) -> DeferredDerivation
}

/// The parking that holds the parts as they are (tests, small briefings).
public struct UnchangedParking: DerivationParking {
    /// Creates the parking.
    public init() {}

    public func park(_ parts: DeferredDerivation) -> DeferredDerivation { parts }

    public func unpark(_ parked: DeferredDerivation) -> DeferredDerivation { parked }
}
