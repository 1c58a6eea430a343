import Testing
@testable import BriefCore
@testable import BriefEvaluation

/// The reference scorer's rules on ``EvalFixture``, with every figure worked out by hand.
@Suite struct EvaluationTests {
    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

    @Test func countsDocumentsMissingAndUnknown() throws {
        let report = try EvalFixture.evaluation().report()
        #expect(report.documents == 5)
        #expect(report.missingPredictions == 1)  // p3
        #expect(report.unknownPredictions == 1)  // zzz
        #expect(report.tasks == [.quotes, .persons, .timexes])
    }

    @Test func personsPairIdenticalSpansFirstThenByOverlap() throws {
        let persons = try #require(try EvalFixture.evaluation().report().persons)
        // p1: 2 identical spans, 3 more by overlap (the 45..<65 tie goes to the earlier gold);
        // p2: one gold span, two identical predictions; p3: no predictions; t1: empty layer.
        #expect(persons.strict == PRFScore(gold: 8, predicted: 8, matched: 3))
        #expect(persons.relaxed == PRFScore(gold: 8, predicted: 8, matched: 6))
        #expect(close(persons.relaxed.f1, 0.75))
    }

    @Test func identicalSpansArePairedBeforeGreedyOverlap() {
        // Greedy by overlap alone (ties: earlier gold) would pair 0..<10 with 2..<3 and leave one gold.
        let gold = [ByteSpan(start: 0, end: 10), ByteSpan(start: 2, end: 3)]
        let predicted = [ByteSpan(start: 2, end: 3), ByteSpan(start: 8, end: 9)]
        #expect(SpanMatching.relaxed(gold: gold, predicted: predicted).count == 2)
    }

    @Test func timexesScoreStrictRelaxedValueAndType() throws {
        let timexes = try #require(try EvalFixture.evaluation().report().timexes)
        #expect(timexes.strict == PRFScore(gold: 5, predicted: 6, matched: 3))
        #expect(timexes.relaxed == PRFScore(gold: 5, predicted: 6, matched: 5))
        // Values agree for 0..<8, " P3D " (trimmed) and the morning; not for 2024-W10 nor for null.
        #expect(timexes.value == PRFScore(gold: 5, predicted: 6, matched: 3))
        #expect(timexes.typeCorrect == 4)
        #expect(close(timexes.typeAccuracy, 0.8))
        #expect(close(timexes.value.f1, 2 * 0.5 * 0.6 / 1.1))
    }

    @Test func quotesAtTheStrictThresholds() throws {
        let levels = try #require(try EvalFixture.evaluation().report().quotes).levels
        #expect(levels.map(\.threshold) == [0.3, 0.8])
        let low = levels[0], high = levels[1]
        // 400..<430 covers exactly 0.3 of its gold quote: no match; 1000..<1080 covers exactly 0.8.
        #expect(low.all == PRFScore(gold: 8, predicted: 10, matched: 7))
        #expect(low.direct == PRFScore(gold: 6, predicted: 8, matched: 6))
        #expect(high.all == PRFScore(gold: 8, predicted: 10, matched: 5))
        #expect(high.direct == PRFScore(gold: 6, predicted: 8, matched: 4))
        #expect(low.spanPairs == nil)
    }

    @Test func speakerAccuracyFoldsNamesAndKeepsPronounsOutOfNames() throws {
        let levels = try #require(try EvalFixture.evaluation().report().quotes).levels
        // T>0.3: José Ruiz-Díaz ✓ (folded), He ✗, Darian Lonechild ✓ (last token), Josh Schwerin ✗
        // (lenient ✓), the minister ✓ (last token), María ✗ (no predicted speaker).
        #expect(levels[0].speakers == 6 && levels[0].speakersCorrect == 3 && levels[0].speakersLenient == 4)
        #expect(levels[0].names == 4 && levels[0].namesCorrect == 2)
        #expect(levels[1].speakers == 5 && levels[1].speakersCorrect == 3 && levels[1].speakersLenient == 4)
        #expect(levels[1].names == 4 && levels[1].namesCorrect == 2)
    }

    @Test func equalScoresGoToTheEarlierPrediction() throws {
        let gold = [EvalDocument.Quote(span: ByteSpan(start: 600, end: 700), direct: true, speaker: "A")]
        let predicted = [EvalDocument.Quote(span: ByteSpan(start: 600, end: 690), direct: true, speaker: nil),
                         EvalDocument.Quote(span: ByteSpan(start: 610, end: 700), direct: true, speaker: nil)]
        #expect(ThresholdMatching.pairs(gold: gold, predicted: predicted, threshold: 0.3) == [MatchedPair(gold: 0, predicted: 0)])
    }

    @Test func speakerSpansAreScoredOnlyWhenPredictionsCarryThem() throws {
        let evaluation = try EvalFixture.evaluation(predicted: EvalFixture.predictedWithSpeakerSpans.joined(separator: "\n"), task: .quotes)
        let low = try #require(evaluation.report().quotes).levels[0]
        // Pairs: José (spans overlap ✓), He (spans apart ✗), Lonechild (gold has no span ✗), null (neither ✓).
        #expect(low.spanPairs == 4)
        #expect(low.spanCorrect == 2)
    }

    @Test func warningsUseTheScorersWording() throws {
        let warnings = try EvalFixture.evaluation().report().warnings.entries
        let counts = Dictionary(uniqueKeysWithValues: warnings.map { ($0.message, $0.count) })
        #expect(counts == [
            "gold documents without quotes (skipped)": 4,
            "gold documents without persons (skipped)": 1,
            "gold documents without timexes (skipped)": 4,
            "pred documents without persons (scored as empty)": 1,
            "invalid persons span (skipped)": 2,
        ])
    }

    @Test func askingForALayerTheGoldLacksFails() throws {
        let gold = try EvalFixture.documents(#"{"id": "a", "text": "x", "persons": []}"#, .gold)
        #expect(throws: EvalFormatError.self) { try Evaluation(gold: gold, predicted: [], task: .quotes) }
    }

    @Test func mistakesListMissesFalseAlarmsAndWrongSpeakersWithContext() throws {
        let mistakes = MistakeFinder.mistakes(try EvalFixture.evaluation(task: .quotes), limit: 2)
        #expect(mistakes.map(\.kind) == [.miss, .falseAlarm, .falseAlarm, .wrongSpeaker, .wrongSpeaker])
        #expect(mistakes[0].span == ByteSpan(start: 400, end: 500))
        #expect(mistakes[1].span == ByteSpan(start: 400, end: 430))
        #expect(mistakes[3].detail == #"gold "He" vs predicted "Tom Reed""#)
        #expect(mistakes[0].context.contains("⟦") && mistakes[0].context.hasPrefix("…"))
        let timexes = MistakeFinder.mistakes(try EvalFixture.evaluation(task: .timexes), limit: 5)
        #expect(timexes.filter { $0.kind == .wrongValue }.map(\.detail)
                == ["gold DATE 2024-W10 vs predicted DATE 2024-03", "gold TIME 2024-03-05TMO vs predicted DATE 2024-03-05TMO", "gold DATE ? vs predicted DATE ?"])
    }

    @Test func badLinesNameTheirLine() {
        let bad = "{\"id\": \"a\", \"text\": \"x\"}\n\n{\"id\": \"b\", \"text\": }\n"
        #expect { try EvalFixture.documents(bad, .gold) } throws: { error in
            (error as? Diagnostic)?.line == 3
        }
        let duplicate = "{\"id\": \"a\"}\n{\"id\": \"a\"}\n"
        #expect { try EvalFixture.documents(duplicate, .prediction) } throws: { error in
            (error as? Diagnostic)?.message.contains("duplicate") == true
        }
        let badSpan = #"{"id": "a", "text": "x", "persons": [{"start": 3, "end": 1}]}"#
        #expect { try EvalFixture.documents(badSpan, .gold) } throws: { error in
            (error as? Diagnostic)?.message.contains("persons[0]") == true
        }
    }
}
