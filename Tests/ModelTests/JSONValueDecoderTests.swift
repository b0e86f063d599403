import Foundation
import Model
import Testing

/// `JSONValueDecoder` on small types of its own: numbers, optionals, nesting, dictionaries.
@Suite("JSON value decoder")
struct JSONValueDecoderTests {
    struct Sample: Decodable, Equatable {
        var small: UInt8?
        var count: Int?
        var ratio: Double?
        var single: Float?
        var flag: Bool?
        var name: String?
        var list: [Int]?
        var nested: Nested?
        var table: [String: Int]?
    }

    struct Nested: Decodable, Equatable {
        var id: String
        var values: [Double?]
    }

    func decode(_ text: String) throws -> Result<Sample, JSONDecodingFailure> {
        JSONValueDecoder.decode(Sample.self, from: try JSONParser.parse(Array(text.utf8)))
    }

    /// The kinds of the problems at each path.
    func kinds(_ text: String) throws -> [String: JSONDecodingProblem.Kind] {
        guard case .failure(let failure) = try decode(text) else { Issue.record("decoded: \(text)"); return [:] }
        return Dictionary(failure.problems.map { ($0.path, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("values of every kind, null for an optional, a dictionary's keys are all known")
    func accepted() throws {
        let text = #"{"small": 255, "count": -12, "ratio": 1e-3, "single": 2.5, "flag": true, "name": null,"#
            + #" "list": [1, 2], "nested": {"id": "x", "values": [1.5, null]}, "table": {"a": 1, "b.c": 2}}"#
        #expect(try decode(text).get() == Sample(small: 255, count: -12, ratio: 0.001, single: 2.5, flag: true, name: nil,
                                                 list: [1, 2], nested: Nested(id: "x", values: [1.5, nil]),
                                                 table: ["a": 1, "b.c": 2]))
    }

    @Test("whole numbers must be integer literals that fit; other numbers must be finite")
    func numbers() throws {
        #expect(try kinds(#"{"small": 256}"#) == ["$.small": .numberOutOfRange(literal: "256")])
        #expect(try kinds(#"{"small": -1}"#) == ["$.small": .numberOutOfRange(literal: "-1")])
        #expect(try kinds(#"{"count": 99999999999999999999}"#) == ["$.count": .numberOutOfRange(literal: "99999999999999999999")])
        #expect(try kinds(#"{"count": 1E2}"#) == ["$.count": .notAnInteger(literal: "1E2")])
        #expect(try kinds(#"{"ratio": 1e400}"#) == ["$.ratio": .numberOutOfRange(literal: "1e400")])
        #expect(try kinds(#"{"single": 1e39}"#) == ["$.single": .numberOutOfRange(literal: "1e39")])
        #expect(try kinds(#"{"count": "12"}"#) == ["$.count": .wrongType(expected: .integer, found: .string)])
        #expect(try kinds(#"{"ratio": "1,5"}"#) == ["$.ratio": .wrongType(expected: .number, found: .string)])
        #expect(try kinds(#"{"flag": 1}"#) == ["$.flag": .wrongType(expected: .boolean, found: .number)])
    }

    @Test("problems inside arrays and nested objects carry their full path")
    func nestedPaths() throws {
        #expect(try kinds(#"{"list": [1, 2.5, "3"], "nested": {"values": [1, true]}}"#) == [
            "$.list[1]": .notAnInteger(literal: "2.5"),
            "$.list[2]": .wrongType(expected: .integer, found: .string),
            "$.nested": .missingKey(key: "id"),
            "$.nested.values[1]": .wrongType(expected: .number, found: .boolean),
        ])
        #expect(try kinds(#"{"nested": [], "table": {"a": "x", "b": 1, "a": 2}}"#) == [
            "$.nested": .wrongType(expected: .object, found: .array),
            "$.table.a": .repeatedKey(key: "a", firstLine: 1),
        ])
    }

    @Test("unknown keys at every level; comment keys are not unknown")
    func unknownKeys() throws {
        let found = try kinds(#"{"// c": 1, "comment": "x", "nmae": "a", "nested": {"id": "x", "values": [], "vaules": [], "// d": 0}}"#)
        #expect(Set(found.keys) == ["$.nmae", "$.nested.vaules"])
        #expect(found["$.nested.vaules"] == .unknownKey(key: "vaules", known: ["id", "values"], suggestion: "values"))
    }

    @Test("the fallback text names the path and the line")
    func description() throws {
        guard case .failure(let failure) = try decode("{\n\"count\": 1.5\n}") else { Issue.record("decoded"); return }
        #expect(failure.problems == [JSONDecodingProblem(path: "$.count", line: 2, kind: .notAnInteger(literal: "1.5"))])
        #expect(failure.description.hasPrefix("$.count (line 2): "))
    }
}
