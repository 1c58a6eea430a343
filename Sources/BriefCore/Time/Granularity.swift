/// How precise a dated value is: the unit a timeline shows it at.
public enum Granularity: String, Sendable, Hashable, Comparable, CaseIterable {
    case time, day, week, month, quarter, season, year, decade

    /// Finer granularities order first.
    public static func < (lhs: Granularity, rhs: Granularity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
