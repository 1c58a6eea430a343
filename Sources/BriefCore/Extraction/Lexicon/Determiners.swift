// Determiners, possessive and demonstrative pronouns: the word lists of this class that the rules of extraction read, kept under the
// names the rules use (one extension per rule type that reads them).

extension Attributor {
    /// Quantifiers that float after a subject ("Bolton and Gorka both denounced").
    static let floatingQuantifiers = WordList.set("both all each")

    /// Words after which a speech-verb form is a noun ("the report", "his tweet").
    static let nounDeterminers = WordList.set("the a an his her their its this that these those our your my every each no any another")

    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "one", "another", "our"]

    /// Words of quantity that open a plural noun phrase as a determiner does ("Many reporters noted").
    static let quantifiers = WordList.set("many several some multiple most both few other")
}

extension ReportedSpeechFinder {
    /// Quantifiers after "as" that make it something said ("said as much", "as many").
    static let muchOrMany = WordList.set("much many")

    /// Quantifiers that open a group as a subject ("several voters", "most analysts").
    static let groupQuantifiers = WordList.set("several some many most two three few other")

    /// Possessive pronouns that name whose words or position a noun of ``stanceNouns`` gives: those of a
    /// person. "their" and "its" stand for groups and bodies, whose subjects ("a slew of party
    /// leaders", "The Sanders campaign") our speaker extents do not yet delimit reliably (measured: 5
    /// of 6 such statements right, 0 of 3 of their named speakers).
    static let possessiveHolders = WordList.set("his her")

    /// Possessive pronouns before a noun phrase ("his", "their").
    static let possessivePronouns = WordList.set("his her their its my our your")

    /// Plural demonstratives that open a subject before a participle or a phrase ("Those surveyed").
    static let demonstratives = WordList.set("those these")
}
