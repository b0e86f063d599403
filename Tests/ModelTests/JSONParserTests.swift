import Foundation
import Model
import Testing

/// The strict JSON parser: what it keeps (order, duplicates, number text, lines) and what it refuses.
@Suite("JSON parser")
struct JSONParserTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

    func syntaxError(_ text: String) -> JSONSyntaxError? { syntaxError(bytes: Array(text.utf8)) }

    func syntaxError(bytes: [UInt8]) -> JSONSyntaxError? {
        do { _ = try JSONParser.parse(bytes); return nil } catch { return error }
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

    @Test("what it refuses, with the line and column and the kind of problem", arguments: [
        ("", JSONSyntaxError.Kind.empty),
        ("   ", .empty),
        ("{", .truncated(inside: .object)),
        (#"{"a": "abc"#, .truncated(inside: .string)),
        (#"{"a": 1,"#, .truncated(inside: .object)),
        ("[1, 2", .truncated(inside: .array)),
        (#"{"a": "\u00"#, .truncated(inside: .escape)),
        (#"{"a": NaN}"#, .notANumberLiteral),
        (#"{"a": Infinity}"#, .notANumberLiteral),
        (#"{"a": -Infinity}"#, .numberNeedsDigits),
        (#"{"a": 99,95}"#, .unquotedVietnameseNumber),
        (#"{"a": 1.234.567}"#, .unquotedVietnameseNumber),
        (#"{"a": 01}"#, .leadingZero),
        (#"{"a": 1.}"#, .numberNeedsDigits),
        (#"{"a": 1e}"#, .numberNeedsDigits),
        (#"{"a": 'x'}"#, .unexpectedCharacter("'''")),
        (#"{a: 1}"#, .expectedKey),
        (#"{"a" 1}"#, .expectedColon(key: "a")),
        (#"{"a": 1 "b": 2}"#, .expectedSeparator(in: .object, found: "'\"'")),
        (#"{"a": 1,}"#, .expectedKey),
        ("[1 2]", .expectedSeparator(in: .array, found: "'2'")),
        (#"{"a": tru}"#, .unexpectedWord(expected: "true")),
        (#"{"a": "\x"}"#, .invalidEscape("'x'")),
        (#"{"a": "\u12"}"#, .invalidUnicodeEscape),
        (#"{"a": "\ud800"}"#, .invalidUnicodeEscape),
        (#"{"a": "\udc00"}"#, .invalidUnicodeEscape),
        ("{\"a\": \"x\u{01}y\"}", .controlCharacter("0x1")),
        ("{\"a\": \"x\ny\"}", .controlCharacter("0xA")),
        ("{} {}", .trailingContent),
        ("{}x", .trailingContent),
    ])
    func refused(_ text: String, _ kind: JSONSyntaxError.Kind) {
        let error = syntaxError(text)
        #expect(error?.kind == kind, "\(text): \(String(describing: error))")
        #expect((error?.line ?? 0) >= 1 && (error?.column ?? 0) >= 1, "\(text): \(String(describing: error))")
    }

    @Test("nesting is limited: 200 levels are fine, 201 and 10,000 are an error, not a crash")
    func depth() throws {
        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(syntaxError(ok) == nil)
        for depth in [201, 10_000, 100_000] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(syntaxError(deep)?.kind == .tooDeep(limit: 200))
            let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
            #expect(syntaxError(objects)?.kind == .tooDeep(limit: 200))
        }
    }

    @Test("positions: line and column of the problem")
    func positions() {
        let error = syntaxError("{\n  \"a\": 1,\n  \"b\": x\n}")
        #expect(error?.line == 3 && error?.column == 8, "\(String(describing: error))")
    }

    @Test("invalid UTF-8 inside a string is refused by the parser itself, with or without an escape in the string, at the column after it")
    func invalidUTF8() {
        let error = syntaxError(bytes: Array(#"{"a": ""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8))
        #expect(error?.kind == .invalidUTF8 && error?.line == 1 && error?.column == 11, "\(String(describing: error))")
        let escaped = syntaxError(bytes: Array(#"{"a": "\n"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8))
        #expect(escaped?.kind == .invalidUTF8 && escaped?.line == 1 && escaped?.column == 13, "\(String(describing: escaped))")
    }

    @Test("strings read the same whether or not they hold escapes, a control character or the end of the input")
    func strings() throws {
        #expect(try parse(#"["", "Đạt", "a\"b", "\u0110\u1EA1t", "x\\", "tab\there", "\ud83d\ude00!"]"#)
                == .array([.string(""), .string("Đạt"), .string("a\"b"), .string("Đạt"), .string("x\\"), .string("tab\there"), .string("😀!")]))
        #expect(syntaxError("[\"a\u{1}b\"]")?.kind == .controlCharacter("0x1"))
        #expect(syntaxError("[\"a\\n\u{1}b\"]")?.kind == .controlCharacter("0x1"))
        #expect(syntaxError(#"["abc"#)?.kind == .truncated(inside: .string))
        #expect(syntaxError(#"["a\nbc"#)?.kind == .truncated(inside: .string))
    }

    @Test("a syntax error read from a file is a json.syntax finding with its line, column and kind")
    func finding() throws {
        let bytes = Array("{\n  \"a\": 1,\n  \"b\": x\n}".utf8)
        let expected = CCHCError(.jsonSyntax(line: 3, column: 8, kind: .unexpectedCharacter("'x'")), file: "f.json")
        #expect(throws: expected) { try InputFile.parse(bytes: bytes, file: "f.json") }
        #expect(expected.finding.code == .jsonSyntax && expected.problem.isUnreadableFile && expected.exitStatus == 2)
        #expect(expected.problem.details == [Detail("line", .integer(3)), Detail("column", .integer(8)),
                                             Detail("syntax", .text("unexpected-character"))])
        // Nothing but white space is an empty file, not a syntax error.
        #expect(throws: CCHCError(.fileEmpty, file: "f.json")) { try InputFile.parse(bytes: Array(" \n".utf8), file: "f.json") }
    }
}
