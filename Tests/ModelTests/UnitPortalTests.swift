import Foundation
import Model
import Testing

/// `unit.portal`: the province's portal address, read in an input and in a submission, and put
/// where the form's wording says `{portal}`.
@Suite("the unit's portal")
struct UnitPortalTests {
    static let row = "i.3.tin-bai-chuyen-trang"

    static func input(unit: String) -> String {
        #"{"template": "bang2-nam", "unit": \#(unit), "period": {"year": 2022}, "values": {"\#(row)": 3}}"#
    }

    @Test("a portal is a known key of the unit and becomes the label's address; without one, the template's default")
    func read() throws {
        let catalog = try Validation.bundled()
        let given = Pipeline.checkInput(bytes: Array(Self.input(unit: #"{"name": "UBND xã Thử", "portal": " https://cchc.phuan.example.vn/ "}"#).utf8),
                                        file: "a.json", catalog: catalog)
        #expect(given.findings.isEmpty, "\(given.findings.map(\.code))")
        #expect(given.report?.unit.portal == "https://cchc.phuan.example.vn/")
        #expect(given.report?.row(id: Self.row)?.row.label.hasSuffix("(https://cchc.phuan.example.vn/)") == true)
        #expect(given.report?.template.row(id: Self.row)?.label.hasSuffix("(https://cchc.phuan.example.vn/)") == true)
        let absent = Pipeline.checkInput(bytes: Array(Self.input(unit: #"{"name": "UBND xã Thử"}"#).utf8), file: "b.json", catalog: catalog)
        #expect(absent.report?.unit.portal == nil)
        #expect(absent.report?.row(id: Self.row)?.row.label.hasSuffix("(https://cchc.soctrang.gov.vn/)") == true)
    }

    @Test("a portal that is not text is an error at unit.portal")
    func wrongType() throws {
        let findings = try Validation.findings(Self.input(unit: #"{"name": "UBND xã Thử", "portal": 5}"#))
        let finding = try #require(findings.first { $0.code == .inputWrongType })
        #expect(finding.problem == .wrongType(.portal, expected: .string, found: .number))
        #expect(finding.path == JSONPath("unit").child("portal"))
    }

    @Test("findings about a row name it with the unit's wording")
    func findingLabel() throws {
        let findings = try Validation.findings(#"{"template": "bang2-nam", "unit": {"name": "UBND xã Thử", "portal": "https://cchc.phuan.example.vn/"}, "period": {"year": 2022}, "values": {"\#(Self.row)": -3}}"#)
        let finding = try #require(findings.first { $0.location.row == Self.row })
        #expect(finding.location.label?.hasSuffix("(https://cchc.phuan.example.vn/)") == true)
    }

    @Test("a submission's unit gives its portal to every appendix, also to one read from a file of its own unit")
    func submission() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-portal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(Self.input(unit: #"{"name": "UBND huyện Thử"}"#).utf8).write(to: directory.appendingPathComponent("bang2.json"))
        let submission = """
            {"unit": {"name": "UBND huyện Thử", "portal": "https://cchc.phuan.example.vn/"},
             "period": {"year": 2022}, "report": {"number": "1/BC-UBND", "date": "2022-12-20"},
             "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn Thử"},
             "appendices": [{"template": "bang2-nam", "data": {"values": {"\(Self.row)": 3}}, "sheet": "Bảng 2"},
                            {"template": "bang2-nam", "file": "bang2.json", "sheet": "Bảng 2 (tệp)"}]}
            """
        let path = directory.appendingPathComponent("submission.json").path
        try Data(submission.utf8).write(to: URL(fileURLWithPath: path))
        let checked = Pipeline.checkSubmission(at: path, catalog: try Validation.bundled())
        let appendices = try #require(checked.submission?.appendices)
        #expect(appendices.count == 2)
        for appendix in appendices {
            let report = try #require(appendix.report)
            #expect(report.row(id: Self.row)?.row.label.hasSuffix("(https://cchc.phuan.example.vn/)") == true, "\(appendix.sheetName)")
            #expect(report.reportNumber == "1/BC-UBND")
        }
    }
}
