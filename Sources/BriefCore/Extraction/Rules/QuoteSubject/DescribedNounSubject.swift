/// `The ad says “Q”`, `the Christie supporter retorted: “Q”`: a noun phrase with no name or title
/// opening its clause before the verb (``Attributor/nounSubject(before:sentenceStart:)``).
struct DescribedNounSubject: SubjectRule {
    let name = "noun-phrase"
    let summary = "a noun phrase with a determiner and no name, opening its clause before the verb"

    func subject(_ verb: QuoteVerbView) -> SpeakerPhrase? {
        verb.a.nounSubject(before: verb.v, sentenceStart: verb.sentenceStart)
    }
}
