extension ReportedSpeechFinder {
    /// Verbs by which a subject states a feeling or a view named by their object ("Ames expressed
    /// concern about the cuts", "the mayor voiced support for the plan"): stance verbs taking any object.
    static let expressingVerbs = WordList.set("express expressed expresses voiced voices")
}
