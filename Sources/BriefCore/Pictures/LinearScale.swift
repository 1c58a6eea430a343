/// Maps a numeric domain onto a range of picture coordinates, linearly; with "nice" tick values for
/// axes (1, 2 or 5 times a power of ten). Reusable for bars, counts and sizes.
public struct LinearScale: Sendable, Hashable {
    public let domain: ClosedRange<Double>
    public let range: ClosedRange<Double>
    /// True when the domain's low end maps to the range's high end (a y axis growing upwards).
    public let flipped: Bool

    /// A scale from `domain` to `range`, reversed when `flipped`; an empty domain maps everything to
    /// the range's middle.
    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, flipped: Bool = false) {
        self.domain = domain
        self.range = range
        self.flipped = flipped
    }

    /// The coordinate of `value` (values outside the domain extrapolate).
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (range.lowerBound + range.upperBound) / 2 }
        let fraction = (value - domain.lowerBound) / span
        return range.lowerBound + (flipped ? 1 - fraction : fraction) * (range.upperBound - range.lowerBound)
    }

    /// Round tick values inside the domain, about `count` of them, starting at the first multiple of the step.
    public func ticks(count: Int = 5) -> [Double] {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0, count > 0 else { return [domain.lowerBound] }
        let step = Self.niceStep(span / Double(count))
        var value = (domain.lowerBound / step).rounded(.up) * step
        var ticks: [Double] = []
        while value <= domain.upperBound + step * 1e-9 {
            ticks.append(value)
            value += step
        }
        return ticks
    }

    /// The smallest of 1, 2, 5 × 10ⁿ that is at least `rough`.
    static func niceStep(_ rough: Double) -> Double {
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2, 5, 10] where factor * power >= rough { return factor * power }
        return 10 * power
    }
}
