import BriefCore
import Foundation
import Testing
@testable import BriefSite

/// Runs the official Mustache spec (github.com/mustache/spec) against the renderer when its `specs/`
/// folder is present: set `MUSTACHE_SPEC_DIR`, or leave a copy at /tmp/mustache-spec/specs. The
/// optional modules (lambdas, inheritance, dynamic names) are not run: the renderer rejects them.
@Suite struct MustacheSpecTests {
    static let folder: URL? = {
        let path = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"] ?? "/tmp/mustache-spec/specs"
        let url = URL(fileURLWithPath: path)
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("sections.json").path) ? url : nil
    }()

    @Test(.enabled(if: folder != nil, "the Mustache spec's specs/ folder is not present"),
          arguments: ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"])
    func theRendererPassesTheSpec(module: String) throws {
        let url = try #require(Self.folder).appendingPathComponent("\(module).json")
        let tests = try JSONDecoder().decode(Spec.self, from: Data(contentsOf: url)).tests
        var ran = 0
        for test in tests {
            guard let data = test.data.value else { continue }
            var partials: [String: [MustacheNode]] = [:]
            for (partial, text) in test.partials ?? [:] {
                partials[partial] = try MustacheParser.parse(text, file: partial)
            }
            var renderer = MustacheRenderer(partials: partials)
            let output = try renderer.render(try MustacheParser.parse(test.template, file: test.name), context: data)
            #expect(output == test.expected, "\(module): \(test.name)")
            ran += 1
        }
        #expect(ran > tests.count / 2, "most of \(module)'s tests use data a TemplateValue holds")
    }

    struct Spec: Decodable {
        let tests: [Case]
    }

    struct Case: Decodable {
        let name: String
        let data: JSON
        let template: String
        let expected: String
        let partials: [String: String]?
    }

    /// A JSON value; `value` is it as a template value, nil when it holds decimals or null.
    struct JSON: Decodable {
        let value: TemplateValue?

        init(from decoder: any Decoder) throws {
            if let object = try? decoder.container(keyedBy: Key.self) {
                var fields: [String: TemplateValue] = [:]
                for key in object.allKeys {
                    guard let field = try object.decode(JSON.self, forKey: key).value else { value = nil; return }
                    fields[key.stringValue] = field
                }
                value = .object(fields)
            } else if var list = try? decoder.unkeyedContainer() {
                var items: [TemplateValue] = []
                while !list.isAtEnd {
                    guard let item = try list.decode(JSON.self).value else { value = nil; return }
                    items.append(item)
                }
                value = .list(items)
            } else {
                let single = try decoder.singleValueContainer()
                if let bool = try? single.decode(Bool.self) {
                    value = .bool(bool)
                } else if let int = try? single.decode(Int.self) {
                    value = .int(int)
                } else if let string = try? single.decode(String.self) {
                    value = .string(string)
                } else {
                    value = nil
                }
            }
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
