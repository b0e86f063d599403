import Foundation
import Model
import Testing

/// The strict JSON parser: what it keeps (order, duplicates, number text, lines) and what it refuses.
@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    func syntaxError(_ text: String) -> JSONSyntaxError? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    @Test("values of every type, numbers as written")
    func values() throws {
        let value = try parse(#" { "a": [1, -2.50, 3e2, true, false, null, "x\u00e9\n"], "b": {} } "#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b"])
        #expect(value["a"] == .array([.number("1"), .number("-2.50"), .number("3e2"), .bool(true), .bool(false), .null, .string("xé\n")]))
        #expect(value["b"] == .object([]))
    }

    @Test("arrays of numbers are numbers, not Vietnamese notation")
    func arrayOfNumbers() throws {
        #expect(try parse("[1,2, 3]") == .array([.number("1"), .number("2"), .number("3")]))
    }

    @Test("a key given twice is kept twice, with its line")
    func duplicates() throws {
        let value = try parse("{\n\"a\": 1,\n\"a\": 2\n}")
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "a"] && members.map(\.line) == [2, 3])
        #expect(value["a"] == .number("1"))
    }

    @Test("surrogate pairs and a UTF-8 byte order mark")
    func unicode() throws {
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("1".utf8)) == .number("1"))
    }

    @Test("what it refuses, with the line and column and a message a person can act on", arguments: [
        ("", "empty"),
        ("   ", "empty"),
        ("{", "truncated"),
        (#"{"a": "abc"#, "truncated"),
        (#"{"a": 1,"#, "truncated"),
        ("[1, 2", "truncated"),
        (#"{"a": NaN}"#, "NaN and Infinity"),
        (#"{"a": Infinity}"#, "NaN and Infinity"),
        (#"{"a": -Infinity}"#, "a number needs digits"),
        (#"{"a": 99,95}"#, "Vietnamese notation"),
        (#"{"a": 1.234.567}"#, "Vietnamese notation"),
        (#"{"a": 01}"#, "cannot start with 0"),
        (#"{"a": 1.}"#, "decimal point needs digits"),
        (#"{"a": 1e}"#, "exponent needs digits"),
        (#"{"a": 'x'}"#, "unexpected character"),
        (#"{a: 1}"#, "key in double quotes"),
        (#"{"a" 1}"#, "expected ':'"),
        (#"{"a": 1 "b": 2}"#, "expected ',' or '}'"),
        (#"{"a": 1,}"#, "key in double quotes"),
        ("[1 2]", "expected ',' or ']'"),
        (#"{"a": tru}"#, "expected true"),
        (#"{"a": "\x"}"#, "invalid escape"),
        (#"{"a": "\u12"}"#, "hex digit"),
        (#"{"a": "\ud800"}"#, "lone UTF-16 surrogate"),
        (#"{"a": "\udc00"}"#, "lone UTF-16 surrogate"),
        ("{\"a\": \"x\u{01}y\"}", "control character"),
        ("{\"a\": \"x\ny\"}", "control character"),
        ("{} {}", "after the end"),
        ("{}x", "after the end"),
    ])
    func refused(_ text: String, _ message: String) {
        let error = syntaxError(text)
        #expect(error != nil, "accepted: \(text)")
        #expect(error?.message.contains(message) == true, "\(text): \(error?.description ?? "")")
    }

    @Test("nesting is limited: 200 levels are fine, 201 and 10,000 are an error, not a crash")
    func depth() throws {
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(syntaxError(ok) == nil)
        for depth in [201, 10_000, 100_000] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(syntaxError(deep)?.message.contains("nesting deeper than 200") == true)
            let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
            #expect(syntaxError(objects)?.message.contains("nesting deeper than 200") == true)
        }
    }

    @Test("positions: line and column of the problem")
    func positions() {
        let error = syntaxError("{\n  \"a\": 1,\n  \"b\": x\n}")
        #expect(error?.line == 3 && error?.column == 8, "\(String(describing: error))")
    }

    @Test("invalid UTF-8 inside a string is refused by the parser itself")
    func invalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)) }
    }
}
