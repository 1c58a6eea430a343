extension ReportedSpeechFinder {
    /// `It said CLAUSE` opening a sentence ("The agency released its audit. It said the funds were
    /// spent."): "it" as the subject of a verb of saying stands for an organisation or a document
    /// named before; the speaker is the pronoun as written.
    func openingIt(before v: Int, _ sentence: Range<Int>, _ p: ParagraphText, _ a: Attributor) -> SpeakerPhrase? {
        guard a.isVerb(v), p.flags(v).contains(.reportingVerb) else { return nil }
        var k = v - 1
        while k > sentence.lowerBound, Self.subjectVerbGap.contains(p.lower(k)) { k -= 1 }
        guard k == sentence.lowerBound, p.lower(k) == "it" else { return nil }
        return .unknown(p.tokens[k].text)
    }
}
