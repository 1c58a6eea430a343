// Words of names and of the verbs that tell a name acts: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension NameRecognizer {
    /// Lower-case particles that may stand inside a name ("Ursula von der Leyen").
    static let particles = WordList.set("von van der den de del della di da du la le bin al ibn dos das")

    /// Words after a name that show the actor acting: auxiliaries and frequent verbs of news reports.
    static let actionWords = WordList.set("""
    \(VerbForms.have) will would could can may might must should is was does did wants plans seeks rejects \
    rejected denies denied accuses accused threatens threatened refuses refused agrees agreed demands \
    demanded dismisses dismissed launched launches continues continued insists vowed vows struck strikes \
    attacked attacks announced announces signed signs responded responds
    """)

    /// Present-tense verbs in the plural: their subject is not one person.
    static let pluralVerbs = WordList.set("say tell add warn claim argue note insist report suggest state have are were agree")

    /// Speech verbs that organisations use as often as people.
    static let institutionalVerbs = WordList.set("""
    announce announces announced report reports reported confirm confirms confirmed state states stated \
    post posts posted claim claims claimed
    """)
}
