import Foundation
import Model
import Testing

/// Templates read with the strict parser and `JSONValueDecoder`: what `JSONDecoder` let through
/// silently (a key given twice, an unknown key, `1.5` for a count) is a problem with its path and line.
@Suite("Template decoding")
struct TemplateDecodingTests {
    /// A valid template; each line holds what the tests below change (line numbers matter).
    static let valid = """
    {
      "id": "t", "name": "Biểu thử", "sheetName": "Thử", "period": "year",
      "columns": [{"role": "stt"}, {"role": "label"}, {"role": "value"}],
      "header": [[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Số liệu"}]],
      "rows": [
        {"id": "a", "label": "Số A", "kind": "count"},
        {"id": "b", "label": "Số B", "kind": "count"}
      ],
      "checks": [{"id": "c", "left": ["a"], "op": "<=", "right": ["b"], "severity": "error", "message": "m"}]
    }
    """

    /// `valid` with each `(old, new)` replaced once.
    static func variant(_ replacements: (String, String)...) -> String {
        var text = valid
        for (old, new) in replacements {
            let range = try! #require(text.range(of: old), "\(old) is not in the template")
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    func decode(_ text: String) throws -> Result<Template, JSONDecodingFailure> {
        JSONValueDecoder.decode(Template.self, from: try JSONParser.parse(Array(text.utf8)))
    }

    /// The problems of a template that must not decode.
    func problems(_ text: String) throws -> [JSONDecodingProblem] {
        switch try decode(text) {
        case .success: Issue.record("decoded without a problem"); return []
        case .failure(let failure): return failure.problems
        }
    }

    @Test("the valid template decodes, to what JSONDecoder reads")
    func valid() throws {
        let template = try decode(Self.valid).get()
        #expect(template == (try JSONDecoder().decode(Template.self, from: Data(Self.valid.utf8))))
        #expect(template.rows.map(\.id) == ["a", "b"])
    }

    @Test("a key given twice is reported with both lines")
    func repeatedKey() throws {
        let text = Self.variant((#""kind": "count"},"#, "\"kind\": \"count\",\n     \"label\": \"Số A lần hai\"},"))
        #expect(try problems(text) == [
            JSONDecodingProblem(path: "$.rows[0].label", line: 7, kind: .repeatedKey(key: "label", firstLine: 6)),
        ])
    }

    @Test("an unknown key is reported with its path, the known keys and the closest one")
    func unknownKey() throws {
        let text = Self.variant((#""message": "m"}"#, #""message": "m", "tolerence": 0.5}"#))
        let found = try problems(text)
        #expect(found.count == 1)
        let problem = try #require(found.first)
        #expect(problem.path == "$.checks[0].tolerence" && problem.line == 9)
        guard case .unknownKey(let key, let known, let suggestion) = problem.kind else {
            Issue.record("not an unknown key: \(problem.kind)"); return
        }
        #expect(key == "tolerence" && suggestion == "tolerance")
        #expect(known == ["id", "left", "op", "right", "severity", "message", "translations", "missing", "tolerance"])
    }

    @Test("a misspelt row key: unknown, and the key it should have been is missing")
    func misspeltLabel() throws {
        let found = try problems(Self.variant((#"{"id": "a", "label""#, #"{"id": "a", "lable""#)))
        #expect(found.map(\.path) == ["$.rows[0]", "$.rows[0].lable"])
        #expect(found.map(\.line) == [6, 6])
        #expect(found.first?.kind == .missingKey(key: "label"))
        guard case .unknownKey("lable", _, let suggestion) = found.last?.kind else {
            Issue.record("not an unknown key: \(String(describing: found.last))"); return
        }
        #expect(suggestion == "label")
    }

    @Test("a count that is not an integer literal is refused, not truncated", arguments: ["1.5", "1e3", "2.0"])
    func notAnInteger(_ literal: String) throws {
        let text = Self.variant((#"{"text": "STT"}"#, #"{"text": "STT", "cols": \#(literal)}"#))
        #expect(try problems(text) == [
            JSONDecodingProblem(path: "$.header[0][0].cols", line: 4, kind: .notAnInteger(literal: literal)),
        ])
    }

    @Test("a raw value that is not one of the enumeration's is refused with the allowed ones")
    func invalidEnumValue() throws {
        let text = Self.variant((#""label": "Số A", "kind": "count""#, #""label": "Số A", "kind": "counts""#))
        #expect(try problems(text) == [
            JSONDecodingProblem(path: "$.rows[0].kind", line: 6,
                                kind: .invalidValue(found: "counts", allowed: ValueKind.allCases.map(\.rawValue))),
        ])
    }

    @Test("a missing required key is reported at the object that lacks it")
    func missingKey() throws {
        let text = Self.variant((#""label": "Số B", "#, ""))
        #expect(try problems(text) == [JSONDecodingProblem(path: "$.rows[1]", line: 7, kind: .missingKey(key: "label"))])
    }

    @Test("a value of the wrong type is reported with the expected and found shapes")
    func wrongType() throws {
        let start = try #require(Self.valid.range(of: "\"rows\": ["))
        let end = try #require(Self.valid.range(of: "],\n  \"checks\""))
        var text = Self.valid
        text.replaceSubrange(start.lowerBound..<end.upperBound, with: "\"rows\": {},\n  \"checks\"")
        #expect(try problems(text) == [
            JSONDecodingProblem(path: "$.rows", line: 5, kind: .wrongType(expected: .array, found: .object)),
        ])
        let null = Self.variant((#""label": "Số B""#, #""label": null"#))
        #expect(try problems(null) == [
            JSONDecodingProblem(path: "$.rows[1].label", line: 7, kind: .wrongType(expected: .string, found: .null)),
        ])
    }

    @Test("comment keys (`// …` and `comment`) are accepted anywhere and change nothing")
    func comments() throws {
        let text = Self.variant(
            ("{\n", "{\n  \"// note\": \"một ghi chú\",\n"),
            (#"{"id": "b","#, #"{"// why": "dòng B", "comment": "x", "id": "b","#)
        )
        #expect(try decode(text).get() == (try decode(Self.valid).get()))
    }

    @Test("several problems in one file are all reported, in the order of the file")
    func severalProblems() throws {
        let text = Self.variant(
            (#""period": "year","#, #""period": "year", "name": "Lần hai","#),
            (#"{"text": "STT"}"#, #"{"text": "STT", "rows": 1.5}"#),
            (#""label": "Số A", "kind": "count""#, #""lable": "Số A", "kind": "counts""#),
            (#""rows": ["#, #""rows": [ 3,"#),
            (#""message": "m"}"#, #""message": "m", "tolerence": 0.5}"#)
        )
        let found = try problems(text)
        #expect(found.map(\.path) == [
            "$.name", "$.header[0][0].rows", "$.rows[0]", "$.rows[1]", "$.rows[1].kind", "$.rows[1].lable", "$.checks[0].tolerence",
        ])
        #expect(found.map(\.line) == [2, 4, nil, 6, 6, 6, 9])
        #expect(found[0].kind == .repeatedKey(key: "name", firstLine: 2))
        #expect(found[1].kind == .notAnInteger(literal: "1.5"))
        #expect(found[2].kind == .wrongType(expected: .object, found: .number))
        #expect(found[3].kind == .missingKey(key: "label"))
        #expect(found[4].kind == .invalidValue(found: "counts", allowed: ValueKind.allCases.map(\.rawValue)))
        if case .unknownKey(let key, _, let suggestion) = found[5].kind { #expect(key == "lable" && suggestion == "label") } else {
            Issue.record("not an unknown key: \(found[5])")
        }
        if case .unknownKey(let key, _, let suggestion) = found[6].kind { #expect(key == "tolerence" && suggestion == "tolerance") } else {
            Issue.record("not an unknown key: \(found[6])")
        }
    }

    @Test("Template.load throws each problem as a finding about the file; a file that is not JSON, the parser's line and column")
    func load() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let bad = Self.variant((#""message": "m"}"#, #""message": "m", "tolerence": 0.5}"#))
        let badURL = directory.appendingPathComponent("t.json")
        try Data(bad.utf8).write(to: badURL)
        guard case .failure(let failure) = try decode(bad) else { Issue.record("decoded"); return }
        let decoding = CCHCError(findings: failure.problems.map { Finding(.error, .templateDecoding($0), at: Location(file: badURL.path)) })
        #expect(throws: decoding) { try Template.load(from: badURL) }
        #expect(decoding.finding.code == .templateDecoding)
        #expect(decoding.finding.problem.details == [Detail("path", .text("$.checks[0].tolerence")), Detail("line", .integer(9))])

        let notJSON = "{\n  \"id\": \"t\",\n  \"name\": 'x'\n}"
        try Data(notJSON.utf8).write(to: badURL)
        let syntax: JSONSyntaxError
        do { _ = try JSONParser.parse(Array(notJSON.utf8)); Issue.record("parsed"); return } catch { syntax = error }
        #expect(syntax.line == 3)
        #expect(throws: CCHCError(.jsonSyntax(line: syntax.line, column: syntax.column, kind: syntax.kind), file: badURL.path)) {
            try Template.load(from: badURL)
        }

        let latin1: [UInt8] = Array("{\"id\": \"t\", \"name\": \"".utf8) + [0xE9] + Array("\"}".utf8)
        try Data(latin1).write(to: badURL)
        #expect(throws: CCHCError(.fileNotUTF8, file: badURL.path)) { try Template.load(from: badURL) }

        // A template that decodes but cannot be used: each problem is a typed finding.
        let broken = Self.variant((#""right": ["b"]"#, #""right": ["zz"]"#), (#"{"id": "b","#, #"{"id": "a","#))
        try Data(broken.utf8).write(to: badURL)
        #expect(throws: CCHCError(findings: [TemplateProblem.repeatedRowID("a"), .checkUnknownTerm(check: "c", term: "zz")]
            .map { Finding(.error, .templateInvalid($0), at: Location(file: badURL.path)) })) { try Template.load(from: badURL) }
    }

    @Test("each bundled template decodes to the same value with JSONDecoder and the strict decoder",
          arguments: ["bang2-nam", "can-bo-dau-moi", "muc-tieu-30c", "tong-ket-2011-2020"])
    func bundledTemplatesUnchanged(_ id: String) throws {
        let url = Validation.templates.appendingPathComponent("\(id).json")
        let data = try Data(contentsOf: url)
        let foundation = try JSONDecoder().decode(Template.self, from: data)
        let strict = try JSONValueDecoder.decode(Template.self, from: JSONParser.parse([UInt8](data))).get()
        #expect(strict == foundation)
        #expect(try Template.load(from: url) == foundation)
    }
}
