/// A place where a reported clause ends before its sentence does: a name, a one-line description,
/// and a test at one token. The boundaries are values in the ordered list ``ClauseEndRules``.
protocol ClauseBoundary: Sendable {
    /// The boundary's name, as a newcomer would search for it.
    var name: String { get }
    /// What it recognises, in one line.
    var summary: String { get }
    /// The token index where the clause read by `clause` ends when this boundary stands at token `k`,
    /// or nil when it does not.
    func cut(at k: Int, _ clause: ClauseView) -> Int?
}

/// A reported clause as the boundaries of ``ClauseEndRules`` read it: its paragraph, where it may end
/// at the latest, and the finder and attributor whose patterns tell a second speaker or verb.
struct ClauseView {
    /// The finder whose pattern methods the boundaries call.
    let finder: ReportedSpeechFinder
    /// The paragraph.
    let p: ParagraphText
    /// The paragraph's attributor, when known; the boundaries that need a speaker's patterns do not
    /// apply without it.
    let a: Attributor?
    /// The token index the clause ends at when no boundary cuts it.
    let end: Int
}
