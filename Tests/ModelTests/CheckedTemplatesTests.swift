import Foundation
import Model
import Testing

/// `templates/checked.txt`, the record of the bundled templates as checked: it must list every
/// bundled template byte for byte as it is, and each must have no finding by the checks of this
/// build; a catalog takes it only as it stands (same bytes, same version).
@Suite("the record of checked templates")
struct CheckedTemplatesTests {
    static let directory = ReferenceTemplateTests.templatesDirectory.path

    /// The record the bundled templates make now: every `*.json`, each checked (its findings
    /// fail the test) and digested.
    static func record() throws -> CheckedTemplates {
        var digests: [String: CheckedTemplates.Digest] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".json") {
            let path = directory + "/" + name
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let template = try Template.read(bytes: bytes, file: path)
            #expect(template.findings(file: path).isEmpty, "\(name) has findings")
            digests[name] = CheckedTemplates.Digest(of: bytes)
        }
        return CheckedTemplates(digests: digests)
    }

    @Test("templates/checked.txt lists every bundled template as it is, each without a finding")
    func bundled() throws {
        let expected = try Self.record()
        #expect(expected.digests.count == ReferenceTemplateTests.bundledIDs.count)
        let path = Self.directory + "/" + CheckedTemplates.fileName
        if ProcessInfo.processInfo.environment["CCHC_RECORD_CHECKED"] == "1" {
            try Data(expected.text.utf8).write(to: URL(fileURLWithPath: path))
        }
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written == expected.text, """
            templates/checked.txt is not the record of the templates as they are: after changing a template, \
            write it again with `CCHC_RECORD_CHECKED=1 swift test --filter CheckedTemplatesTests`
            """)
        #expect(CheckedTemplates(text: written) == expected)
    }

    /// A directory holding `t.json` (a template with a finding: a `:` in its sheet name) and a
    /// `checked.txt` made by `record` from the record of it as it is.
    static func directory(record: (String) -> String) throws -> (URL, [UInt8]) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-checked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let broken = Validation.smallTemplate().replacingOccurrences(of: #""sheetName": "Thử""#, with: #""sheetName": "Thử:""#)
        let bytes = Array(broken.utf8)
        try Data(bytes).write(to: directory.appendingPathComponent("t.json"))
        let text = CheckedTemplates(digests: ["t.json": CheckedTemplates.Digest(of: bytes)]).text
        try Data(record(text).utf8).write(to: directory.appendingPathComponent(CheckedTemplates.fileName))
        return (directory, bytes)
    }

    @Test("a template is checked unless its bytes and this version are those recorded")
    func taken() throws {
        // Recorded as it is: read without its checks (which would refuse its sheet name).
        let (same, bytes) = try Self.directory { $0 }
        defer { try? FileManager.default.removeItem(at: same) }
        #expect(try TemplateCatalog(directory: same).template(id: "t").sheetName == "Thử:")
        let read = try Template.read(bytes: bytes, file: "t.json", checked: true)
        #expect(!read.findings(file: "t.json").isEmpty, "the template has a finding, which the record spared it")

        // Another version's record, a record of other bytes, a record that is not one: checked.
        let cases: [(String) -> String] = [
            { $0.replacingOccurrences(of: "# cchc \(Tool.version):", with: "# cchc 0.0.1:") },
            { $0.replacingOccurrences(of: "t.json ", with: "t.json 1") },
            { $0.dropLast() + " extra\n" },
            { String($0.drop { $0 != "\n" }.dropFirst()) },
        ]
        for record in cases {
            let (directory, _) = try Self.directory(record: record)
            defer { try? FileManager.default.removeItem(at: directory) }
            #expect(throws: CCHCError.self) { try TemplateCatalog(directory: directory).template(id: "t") }
        }
    }
}
