import Testing
@testable import BriefCore

@Suite struct LexicalFlagsTests {
    @Test func aWordHasTheFlagOfEveryListItIsIn() {
        #expect(LexicalFlags.of("president").contains([.roleWord, .titleHead]))
        #expect(LexicalFlags.of("said").contains(.speechVerb))
        #expect(LexicalFlags.of("french").contains(.demonym))
        #expect(LexicalFlags.of("mr.").contains(.honorific))
        #expect(LexicalFlags.of("von").contains(.particle))
        #expect(LexicalFlags.of("monday").contains([.weekday, .neverName]))
        #expect(LexicalFlags.of("zebrafish") == [])
        #expect(LexicalFlags.of("") == [])
    }

    @Test func flagsAgreeWithTheirLists() {
        let lists: [(WordSet, LexicalFlags)] = [
            (Titles.roleWords, .roleWord), (Titles.heads, .titleHead), (Titles.honorifics, .honorific),
            (GivenNames.all, .givenName), (CommonWords.neverName, .neverName), (SpeechVerbs.forms, .speechVerb),
            (Attributor.skippable, .skippable), (Places.names, .place),
        ]
        for (list, flag) in lists {
            #expect(list.allSatisfy { LexicalFlags.of($0).contains(flag) })
        }
        #expect(Countries.names.keys.allSatisfy { LexicalFlags.of($0).contains(.country) })
        #expect(!LexicalFlags.of("said").contains(.givenName))
    }

    @Test func onlyTheFirstWordOfAListedNameOfSeveralWordsStartsOne() {
        let long = Countries.names.keys.filter { $0.contains(" ") }
        #expect(!long.isEmpty)
        for key in long {
            #expect(LexicalFlags.of(String(key.split(separator: " ")[0])).contains(.startsLongName), "\(key)")
        }
        #expect(!LexicalFlags.of("said").contains(.startsLongName))
    }

    @Test func paragraphsKeepTheFlagsOfTheirTokens() {
        let p = ParagraphText(number: 1, text: "Former President Dana Reyes’s aide said on Monday.")
        #expect(p.flags.count == p.tokens.count)
        #expect(p.flags[1].contains(.titleHead))
        #expect(p.flags(-1) == [] && p.flags(p.tokens.count) == [])
        #expect(p.flagsWithoutPossessive(3) == LexicalFlags.of("reyes"))
        #expect(p.flags[5].contains(.speechVerb))
    }
}

/// The word classes the attribution rules ask of a token: each is its list's membership, read once
/// per token when the paragraph is tokenised.
@Suite struct AttributionWordClassTests {
    @Test func attributionClassesAgreeWithTheirLists() {
        let lists: [(WordSet, LexicalFlags)] = [
            (ReportedSpeechFinder.reporting, .reportingVerb), (Attributor.nounDeterminers, .nounDeterminer),
            (SpeechVerbs.participles, .participle), (SpeechVerbs.naming, .namingVerb),
        ]
        for (list, flag) in lists {
            #expect(list.allSatisfy { LexicalFlags.of($0).contains(flag) })
        }
        #expect(Attributor.pronouns.allSatisfy { LexicalFlags.of($0).contains(.speakerPronoun) })
        #expect(Attributor.determiners.allSatisfy { LexicalFlags.of($0).contains(.determiner) })
    }

    @Test func aSentencesTokensCarryTheirClasses() {
        let p = ParagraphText(number: 1, text: "She said the report, his tweet and a speech were fine.")
        func flags(_ word: String) -> LexicalFlags { p.flags(p.tokens.firstIndex { $0.lower == word }!) }
        #expect(flags("she").contains(.speakerPronoun))
        #expect(flags("said").contains([.reportingVerb, .speechVerb]))
        #expect(flags("the").contains([.determiner, .nounDeterminer]))
        #expect(flags("his").contains(.nounDeterminer))
        #expect(!flags("speech").contains(.reportingVerb))
        #expect(!flags("fine").contains(.speakerPronoun))
        #expect(!flags("were").contains(.determiner))
    }
}
