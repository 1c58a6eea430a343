/// Abbreviations whose final period is not a full stop (written for brief from common English
/// newswire usage: honorifics, military and political titles, month names, corporate suffixes, units).
enum Abbreviations {
    /// Lower-case abbreviations (without the final period) that keep their period.
    static let words = WordSet("""
    mr mrs ms dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl pvt rep sen gov pres supt \
    insp det rev fr msgr hon amb sec atty const sens reps dept univ assn bros inc corp co ltd plc llc vs etc \
    approx est lb lbs oz yds hrs mins secs jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun \
    u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g ph.d n.y l.a r.i
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Abbreviations that may also end a sentence ("... in the U.S. The next day ...").
    static let mayEndSentence = WordSet("u.s. u.k. u.n. e.u. d.c. a.m. p.m. inc. corp. co. ltd. etc. jr. sr.".split(separator: " ").map(String.init))

    /// Whether `word` (lower case, no final period) keeps a following period: a listed abbreviation,
    /// a single letter (an initial), or dotted letters ("u.s").
    static func keepsPeriod(_ word: String) -> Bool {
        if words.contains(word) { return true }
        let bytes = word.utf8
        if bytes.count == 1 { return true }
        // Dotted initials such as "u.s", "a.b.c": letters separated by periods.
        if bytes.count >= 3 && bytes.count <= 7 {
            var expectLetter = true
            for byte in bytes {
                if expectLetter { guard byte >= 0x61 && byte <= 0x7A else { return false } } else { guard byte == 0x2E else { return false } }
                expectLetter.toggle()
            }
            return true
        }
        return false
    }
}
