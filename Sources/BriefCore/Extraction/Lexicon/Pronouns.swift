// Personal and relative pronouns, and question words: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]

    /// Words that open a clause about something other than the sentence's subject ("…, which read:").
    static let colonClauseBreakers = WordList.set("which who whom whose where")
}

extension ReportedSpeechFinder {
    /// Words that open an indirect question.
    static let questionWords = WordList.set("whether if how what why who when where which")

    /// Relative words that stand for part of what was said ("the toll, which Ames said the city would
    /// drop" reports that the city would drop the toll).
    static let relativeWords = WordList.set("which whom what")

    /// Relative words that may open a clause with a speaker of its own ("…, which critics say is flawed").
    static let relativeSpeakerOpeners = WordList.set("which whom")

    /// Words that open a reported clause after a day ("said Tuesday he …", "said Monday the …").
    static let clauseSubjects = WordList.set("he she they it we i there this that his her their its")

    /// Words that open a relative or comparative clause, not a statement of its own ("…, which critics said …").
    static let relativeOpeners = WordList.set("which who whom whose that what as than")
}

extension SubjectVoice {
    /// The pronouns that may open a sentence about a person.
    static let pronouns = WordList.set("he she")
}
