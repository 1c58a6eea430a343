/// Generational suffixes after a person's name ("Donald Trump Jr.", "Henry Ford II"): a name with one
/// is another person than the same name without it.
enum NameSuffixes {
    /// Lower-case suffixes, without their period.
    static let all = WordList.set("jr sr ii iii iv v")
}
