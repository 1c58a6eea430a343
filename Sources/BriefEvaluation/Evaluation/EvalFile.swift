import BriefCore

/// A gold or prediction file in the corpora's JSON Lines format, read from its bytes: one document
/// per non-blank line, ids unique. Errors name the file and line.
public enum EvalFile {
    /// The documents of `bytes` in file order. `path` only names the file in diagnostics.
    public static func documents(_ bytes: [UInt8], path: String, role: EvalDocument.Role) throws(Diagnostic) -> [EvalDocument] {
        var documents: [EvalDocument] = []
        var seen = Set<String>()
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            lineNumber += 1
            let line = Array(bytes[start..<end])
            start = end + 1
            if line.allSatisfy({ [0x20, 0x09, 0x0D, 0x0B, 0x0C].contains($0) }) { continue }
            let document = try document(line, path: path, line: lineNumber, role: role)
            guard seen.insert(document.id).inserted else {
                throw Diagnostic(file: path, line: lineNumber, message: "duplicate \(role == .gold ? "gold" : "prediction") document id \"\(document.id)\"",
                                 hint: "Each document's \"id\" must be unique in its file.")
            }
            documents.append(document)
        }
        return documents
    }

    private static func document(_ line: [UInt8], path: String, line number: Int, role: EvalDocument.Role) throws(Diagnostic) -> EvalDocument {
        let json: JSONValue
        do {
            json = try JSONParser.parse(line)
        } catch {
            throw Diagnostic(file: path, line: number, column: error.offset + 1, message: "not JSON: \(error.message)",
                             hint: "Each line must be one JSON object (the format of ../shared/corpora/README.md).")
        }
        do {
            return try EvalDocument(json: json, role: role)
        } catch {
            throw Diagnostic(file: path, line: number, message: error.message,
                             hint: "See the format in ../shared/corpora/README.md.")
        }
    }
}
