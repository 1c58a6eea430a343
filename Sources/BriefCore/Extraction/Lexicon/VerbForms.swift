/// The forms of "be" and "have" that many word lists hold among other words: spelled once here and
/// read into those lists by interpolation ("\\(VerbForms.beFinite) be been being").
enum VerbForms {
    /// The finite forms of "be" a clause's verb takes in the third person and the plural.
    static let beFinite = "is are was were"
    /// The other forms of "be".
    static let beNonFinite = "be been being"
    /// The forms of "have".
    static let have = "has have had"
}
