@testable import BriefCore
import FuzzSupport

/// Name recognition: the fuzzed text as one paragraph, its name candidates.
@_cdecl("FuzzNames_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        _ = NameRecognizer.candidates(in: ParagraphText(number: 1, text: fuzzText(data, size)))
        return 0
    }
}
