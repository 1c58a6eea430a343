import BriefCore
import Testing
@testable import BriefSite

/// The Mustache renderer on small templates written for these tests (the full spec runs in
/// ``MustacheSpecTests`` when its files are present).
@Suite struct MustacheRendererTests {
    func render(_ template: String, _ data: TemplateValue = [:], partials: [String: String] = [:]) throws -> String {
        var compiled: [String: [MustacheNode]] = [:]
        for (name, text) in partials { compiled[name] = try MustacheParser.parse(text, file: name) }
        var renderer = MustacheRenderer(partials: compiled)
        return try renderer.render(try MustacheParser.parse(template, file: "test"), context: data)
    }

    func error(_ template: String) -> Diagnostic? {
        do {
            _ = try MustacheParser.parse(template, file: "Templates/x.mustache")
            return nil
        } catch {
            return error
        }
    }

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let data: TemplateValue = ["html": "<b>\"Tom\" & 'Jerry'</b>", "count": 3, "flag": true]
        #expect(try render("{{html}}|{{{html}}}|{{& html}}", data)
            == "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;|<b>\"Tom\" & 'Jerry'</b>|<b>\"Tom\" & 'Jerry'</b>")
        #expect(try render("{{count}} {{flag}} [{{missing}}] {{ count }}", data) == "3 true [] 3")
    }

    @Test func sectionsIterateListsShowOnTrueAndPushObjects() throws {
        let data: TemplateValue = ["items": [["name": "a"], ["name": "b"]], "on": true, "off": false, "empty": [],
                                   "person": ["name": "Ann", "city": "Oslo"], "name": "outer", "text": ""]
        #expect(try render("{{#items}}<{{name}}>{{/items}}", data) == "<a><b>")
        #expect(try render("{{#on}}yes{{/on}}{{#off}}no{{/off}}{{#empty}}no{{/empty}}{{#missing}}no{{/missing}}", data) == "yes")
        #expect(try render("{{#person}}{{name}} of {{city}}, in {{#on}}{{name}}{{/on}}{{/person}}", data) == "Ann of Oslo, in Ann")
        #expect(try render("{{#text}}empty strings show{{/text}}", data) == "empty strings show")
        #expect(try render("{{^off}}a{{/off}}{{^empty}}b{{/empty}}{{^missing}}c{{/missing}}{{^on}}d{{/on}}{{^items}}e{{/items}}", data) == "abc")
    }

    @Test func namesAreLookedUpThroughTheStackAndDotted() throws {
        let data: TemplateValue = ["site": ["title": "Brief"], "list": ["x", "y"], "a": ["b": ["c": "deep"]], "title": "page"]
        #expect(try render("{{site.title}} {{a.b.c}} {{a.missing.c}}|{{#a}}{{title}}{{/a}}", data) == "Brief deep |page")
        #expect(try render("{{#list}}{{.}}{{site.title}}{{/list}}", data) == "xBriefyBrief")
        #expect(try render("{{#a}}{{#b}}[{{.title}}]{{c}}{{/b}}{{/a}}", data) == "[]deep")
        #expect(try render("{{#a.b}}{{c}}{{/a.b}}", data) == "deep")
    }

    @Test func standaloneTagLinesAreRemoved() throws {
        let data: TemplateValue = ["items": ["a", "b"], "on": true]
        #expect(try render("<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n</ul>\n", data) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
        #expect(try render("{{#on}}\nfirst line\n{{/on}}\n", data) == "first line\n")
        #expect(try render("a\n  {{! a comment }}  \nb\r\n{{#on}}\r\nc\r\n{{/on}}", data) == "a\nb\r\nc\r\n")
        #expect(try render(" {{#on}}x{{/on}} \n", data) == " x \n")
    }

    @Test func standalonePartialsIndentEveryLineButNotTheirData() throws {
        let partials = ["card": "<li>\n  {{name}}\n\n</li>\n", "inline": "[{{name}}]\nnext"]
        let data: TemplateValue = ["name": "one\ntwo"]
        #expect(try render("<ul>\n    {{> card}}\n</ul>\n", data, partials: partials)
            == "<ul>\n    <li>\n      one\ntwo\n\n    </li>\n</ul>\n")
        #expect(try render("  x {{> inline}}\n", data, partials: partials) == "  x [one\ntwo]\nnext\n")
        #expect(try render("{{> missing}}|", data) == "|")
    }

    @Test func setDelimitersAndComments() throws {
        let data: TemplateValue = ["name": "Ann"]
        #expect(try render("{{=<% %>=}}\n<% name %> {{name}} <%={{ }}=%>{{name}}{{! gone }}", data) == "Ann {{name}} Ann")
    }

    @Test func errorsNameTheLineAndColumnOfTheTag() throws {
        let unclosed = try #require(error("<h1>{{title}}</h1>\n<ul>\n  {{#articles}}\n<li>{{title}}</li>\n"))
        #expect(unclosed.file == "Templates/x.mustache")
        #expect(unclosed.line == 3 && unclosed.column == 3)
        #expect(unclosed.message.contains("never closed"))
        let wrong = try #require(error("{{#a}}\n{{/b}}"))
        #expect(wrong.line == 2 && wrong.message.contains("wrong name"))
        let tag = try #require(error("x\ny {{title"))
        #expect(tag.line == 2 && tag.column == 3 && tag.message.contains("not closed"))
        #expect(error("{{/a}}")?.message.contains("never opened") == true)
        #expect(error("{{<parent}}{{/parent}}")?.message.contains("not supported") == true)
        #expect(error("{{uppercased(name)}}")?.message.contains("not supported") == true)
        #expect(error("{{first name}}")?.message.contains("space") == true)
        #expect(error("{{=<%%>=}}")?.message.contains("set-delimiter") == true)
    }

    @Test func aPartialThatIncludesItselfForeverStops() throws {
        #expect(throws: Diagnostic.self) { try render("{{> loop}}", partials: ["loop": "x{{> loop}}"]) }
        #expect(try render("{{#node}}{{> tree}}{{/node}}", ["node": ["v": "1", "node": ["v": "2", "node": false]]],
                           partials: ["tree": "{{v}}{{#node}}({{> tree}}){{/node}}"]) == "1(2)")
    }
}
