import Foundation
import Model
import Testing

/// `cchc validate` reads a file as an input or as a submission by its content, never by its name.
@Suite("What a document is")
struct DocumentKindTests {
    @Test("a submission has appendices, or report/signer without a template; anything else is an input", arguments: [
        (#"{"appendices": []}"#, DocumentKind.submission),
        (#"{"template": "bang2-nam", "appendices": [{"template": "bang2-nam", "data": {}}]}"#, .submission),
        (#"{"unit": {"name": "UBND xã Thử"}, "report": {"date": "2021-12-20"}}"#, .submission),
        (#"{"unit": {"name": "UBND xã Thử"}, "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"}}"#, .submission),
        (#"{"template": "bang2-nam", "report": {}, "signer": {}}"#, .input),
        (#"{"template": "bang2-nam", "unit": {"name": "UBND xã Thử"}, "period": {"year": 2021}, "values": {}}"#, .input),
        (#"{"unit": {"name": "UBND xã Thử"}, "values": {}}"#, .input),
        (#"{}"#, .input),
        (#"[{"appendices": []}]"#, .input),
        (#""appendices""#, .input),
    ])
    func kind(_ json: String, _ kind: DocumentKind) throws {
        let document = try InputFile.parse(bytes: Array(json.utf8), file: "x.json")
        #expect(DocumentKind(of: document) == kind)
    }

    @Test("checkDocument: a bundled submission is checked as one, whatever its name; an input as an input")
    func checkDocument() throws {
        let catalog = try Validation.bundled()
        let annual = Pipeline.checkDocument(at: Validation.examples.appendingPathComponent("bao-cao-nam/submission.json").path, catalog: catalog)
        #expect(annual.kind == .submission && annual.findings.isEmpty && annual.decision(allowingErrors: false) == .write)
        let input = Pipeline.checkDocument(at: Validation.examples.appendingPathComponent("bang2-nam.json").path, catalog: catalog)
        #expect(input.kind == .input && input.findings.isEmpty)
        // A submission saved under an input's name, with its appendix file beside it.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(at: Validation.examples.appendingPathComponent("bang2-nam.json"),
                                         to: directory.appendingPathComponent("submission.json"))
        var text = try String(contentsOf: Validation.examples.appendingPathComponent("bao-cao-nam/submission.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"../bang2-nam.json\"", with: "\"submission.json\"")
        try Data(text.utf8).write(to: directory.appendingPathComponent("bang2-nam.json"))
        let renamed = Pipeline.checkDocument(at: directory.appendingPathComponent("bang2-nam.json").path, catalog: catalog)
        #expect(renamed.kind == .submission && renamed.findings.isEmpty, "\(renamed.findings)")
        let inputNamedSubmission = Pipeline.checkDocument(at: directory.appendingPathComponent("submission.json").path, catalog: catalog)
        #expect(inputNamedSubmission.kind == .input && inputNamedSubmission.findings.isEmpty)
        // A file that cannot be read is an input's finding.
        let missing = Pipeline.checkDocument(at: directory.appendingPathComponent("none.json").path, catalog: catalog)
        #expect(missing.kind == .input && missing.findings.map(\.code) == [.fileNotFound])
        #expect(missing.decision(allowingErrors: false) == .unreadable)
    }
}
