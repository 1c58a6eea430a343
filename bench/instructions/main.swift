// The driver of bench/instructions/run.sh: analyses every document of a JSON Lines file with
// DocumentAnalyzer, one after another (pass a second argument to print the records).
import BriefCore
#if canImport(Glibc)
import Glibc
#endif

func readAll(_ path: String) -> [UInt8] {
    guard let f = fopen(path, "rb") else { fatalError("cannot open") }
    var out: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = fread(&buf, 1, buf.count, f)
        if n <= 0 { break }
        out.append(contentsOf: buf[0..<n])
    }
    fclose(f)
    return out
}
let bytes = readAll(CommandLine.arguments[1])
var inputs: [AnalysisInput] = []
for line in bytes.split(separator: 0x0A) where !line.isEmpty {
    let value = try! JSONParser.parse(Array(line))
    let day = value["date"]?.stringValue.flatMap { PublicationDate.parse($0)?.day }
    inputs.append(AnalysisInput(id: value["id"]!.stringValue!, date: day, text: value["text"]!.stringValue!))
}
var total = 0
var lines: [String] = []
for input in inputs {
    let record = DocumentAnalyzer.analyze(input)
    lines.append(record.jsonLine())
    total += input.text.utf8.count
}
if CommandLine.arguments.count > 2 { for l in lines { print(l) } }
