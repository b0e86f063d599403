import Foundation
import Model
import Testing
import Workbook

/// `WorkbookWriter.writeAtomically(json:to:)` writes a consolidated input a part at a time as its
/// text is made (a country's is megabytes): the file must hold the whole text, read back by an
/// independent JSON reader (Foundation's) as the document, and appear only when complete.
@Suite("a JSON document written to its file a part at a time")
struct JSONFileWritingTests {
    /// A document well over `JSONValue.flushSize` several times: units with Vietnamese names,
    /// escapes, numbers as written, nested objects and arrays.
    static func document(units: Int) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value, line: 0) }
        let sources = (0..<units).map { i in
            JSONValue.object([member("file", .string("xa-\(i).json")), member("unit", .string("UBND xã Tiền Thân \(i) \"Đông\"\n")),
                              member("figures", .array([.number("\(i)"), .number("98.8"), .null, .bool(i % 2 == 0)]))])
        }
        return .object([member("template", .string("bang2-nam")), member("sources", .array(sources)),
                        member("tab", .string("a\tb\\c\u{1}"))])
    }

    @Test("the file is the document's text, whole, and reads back as the document")
    func wholeText() throws {
        let directory = try Repo.temporaryDirectory()
        let path = directory.appendingPathComponent("ca-nuoc.json").path
        let document = Self.document(units: 3_000)
        try WorkbookWriter.writeAtomically(json: document, to: path)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.count > 4 * JSONValue.flushSize)
        #expect(bytes == Data(document.fileText.utf8))
        // An independent reader.
        let read = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        let sources = try #require(read["sources"] as? [[String: Any]])
        #expect(sources.count == 3_000)
        #expect(sources[2_999]["unit"] as? String == "UBND xã Tiền Thân 2999 \"Đông\"\n")
        #expect((sources[7]["figures"] as? [Any])?.count == 4)
        #expect(read["tab"] as? String == "a\tb\\c\u{1}")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["ca-nuoc.json"])
    }

    @Test("a file already there is replaced whole; a missing directory is refused and nothing is written")
    func replaceAndRefuse() throws {
        let directory = try Repo.temporaryDirectory()
        let path = directory.appendingPathComponent("tinh.json").path
        try Data(repeating: 0x41, count: 10 * JSONValue.flushSize).write(to: URL(fileURLWithPath: path))
        let small = Self.document(units: 2)
        try WorkbookWriter.writeAtomically(json: small, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(small.fileText.utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["tinh.json"])
        let missing = directory.appendingPathComponent("khong-co/tinh.json").path
        #expect(throws: CCHCError.self) { try WorkbookWriter.writeAtomically(json: small, to: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("the parts handed out make the text, each but the last at least flushSize")
    func parts() {
        let document = Self.document(units: 2_000)
        var parts: [String] = []
        var text = ""
        document.write(into: &text) { part in
            parts.append(part)
            part.removeAll(keepingCapacity: true)
        }
        parts.append(text)
        #expect(parts.count > 3)
        #expect(parts.dropLast().allSatisfy { $0.utf8.count >= JSONValue.flushSize })
        #expect(parts.joined() == document.text())
    }
}
