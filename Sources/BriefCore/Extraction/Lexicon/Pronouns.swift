// Personal and relative pronouns, and question words: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

/// The relative pronouns, with "where": the words that open a relative clause.
enum RelativePronouns {
    /// "which who whom whose where".
    static let all = WordList.set("which who whom whose where")
}

extension Attributor {
    /// Pronouns that may be the subject of a clause of their own.
    static let clauseSubjectPronouns = WordList.set("he she they")

    /// The singular personal pronouns of a person ("he", "she").
    static let singularPersonalPronouns = WordList.set("he she")

    /// Words that open a "what he calls" clause.
    static let whatClauseWords = WordList.set("what whom")

    /// Pronouns before a noun-like verb that make it a verb ("it states", "you report").
    static let impersonalPronouns = WordList.set("it you")

    static let pronouns: Set<String> = ["he", "she", "they", "i", "we"]

    /// Words that open a clause about something other than the sentence's subject ("…, which read:").
    static let colonClauseBreakers = RelativePronouns.all
}

extension ReportedSpeechFinder {
    /// Pronouns of the writer or the reader: "I think" outside quotation marks is no reported statement.
    static let firstAndSecondPerson = WordList.set("i we you")

    /// Relative words that end a subject ("the voters who", ", which").
    static let relativeClauseWords = WordList.set("who which")

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
    static let pronouns = Attributor.singularPersonalPronouns
}

extension SpeakerExtent {
    /// Relative words that open a clause describing a person ("Ames, who", "Ames, whose").
    static let whoForms = WordList.set("who whose")

    /// Relative pronouns of people.
    static let personRelatives = WordList.set("who whom whose")
}
