import BriefCore
import FuzzSupport

/// Quotation and attribution: the fuzzed text as the paragraphs of an article (one per line), analysed.
@_cdecl("FuzzQuotations_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let paragraphs = fuzzText(data, size).split(separator: "\n").map(String.init)
        _ = ArticleAnalyzer.analyze(paragraphs: paragraphs, byline: nil)
        return 0
    }
}
