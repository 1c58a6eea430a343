import BriefCore
import BriefEvaluation
import FuzzSupport

/// Temporal extraction: timexes of the fuzzed text against a fixed anchor date, and the whole analysis of a document.
@_cdecl("FuzzTimexes_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let text = fuzzText(data, size)
        _ = TimexTagger.timexes(in: text, anchor: CalendarDate(year: 2025, month: 9, day: 3))
        _ = DocumentAnalyzer.analyze(AnalysisInput(id: "fuzz", date: CalendarDate(year: 2025, month: 9, day: 3), text: text))
        return 0
    }
}
