import Foundation
import Model
import Testing

/// A skeleton's empty unit name (`"unit": { "name": "", "province": "" }`, as `cchc init`
/// prints it): the same finding, `input.empty-text` on the unit's name, a warning for `fill`
/// (the sheet only lacks its "Đơn vị báo cáo" line) and an error for `submit` (the cover names
/// the unit), whether the name is the submission's own or an appendix file's.
@Suite("An empty unit name")
struct UnitNameTests {
    static let emptyName = Problem.emptyText(.unitName)

    @Test("validate of a fill input, the skeleton of every template: a warning on $.unit.name, no error", arguments: [
        ("bang2-nam", Period(year: 2022)), ("tong-ket-2011-2020", Period(from: 2016, to: 2020)),
        ("muc-tieu-30c", Period()), ("can-bo-dau-moi", Period()),
    ])
    func skeletonWarns(_ id: String, _ period: Period) throws {
        let template = try Validation.bundled().template(id: id)
        let findings = try Validation.findings(Skeleton.json(template: template, period: period))
        #expect(findings.errorCount == 0, "\(findings.shown)")
        let named = findings.filter { $0.problem == Self.emptyName }
        #expect(named.count == 1, "\(findings.shown)")
        #expect(named.first?.severity == .warning && named.first?.pathText == "$.unit.name")
        #expect(named.first?.problem.details == [Detail("field", .text("unitName"))])
    }

    @Test("a name of spaces only is empty too, and the report keeps no name; a real name gives no finding")
    func spacesOnly() throws {
        let catalog = try Validation.bundled()
        for name in ["   ", #" \t "#] {  // spaces; a space, an escaped tab and a space
            let input = #"{"template": "muc-tieu-30c", "unit": {"name": "\#(name)", "province": " "}, "values": {"muc-tieu-1": "Đạt"}}"#
            let checked = Pipeline.checkInput(bytes: Array(input.utf8), file: "x.json", catalog: catalog)
            #expect(checked.findings.map(\.problem) == [Self.emptyName], "\(checked.findings.shown)")
            #expect(checked.report?.unit == UnitInfo(name: "", province: nil))
            #expect(checked.decision(allowingErrors: false) == .write)
        }
        let named = #"{"template": "muc-tieu-30c", "unit": {"name": "UBND xã Thử Nghiệm"}, "values": {"muc-tieu-1": "Đạt"}}"#
        #expect(try Validation.findings(named).isEmpty)
    }
}

extension SubmissionReaderTests {
    @Test("submit: an empty name is an error, the submission's own and an appendix file's own alike")
    func emptyUnitNameIsAnError() throws {
        // The submission's own unit.
        let own = try read(submission(#"[{"template": "muc-tieu-30c", "data": {"values": {"muc-tieu-1": "Đạt"}}}]"#)
            .replacingOccurrences(of: "UBND huyện Tân Hòa Đông", with: ""))
        let ownError = try #require(own.findings.first { $0.problem == UnitNameTests.emptyName }, "\(own.findings.shown)")
        #expect(ownError.severity == .error && ownError.pathText == "$.unit.name" && ownError.file.hasSuffix("submission.json"))
        // Reported once, at the submission's unit, not again for the inline appendix.
        #expect(own.findings.filter { $0.problem == UnitNameTests.emptyName }.count == 1)
        #expect(own.decision(allowingErrors: false) == .refuse(errors: 1, allowable: true))

        // An appendix file that gives its own unit with an empty name, as a skeleton does.
        let skeleton = #"{"template": "muc-tieu-30c", "unit": {"name": "", "province": ""}, "values": {"muc-tieu-1": "Đạt"}}"#
        let file = try read(submission(#"[{"file": "phu-luc-3.json"}]"#), files: ["phu-luc-3.json": skeleton])
        let fileError = try #require(file.findings.first { $0.problem == UnitNameTests.emptyName }, "\(file.findings.shown)")
        #expect(fileError.severity == .error && fileError.pathText == "$.unit.name" && fileError.file.hasSuffix("phu-luc-3.json"))
        // One cause, one error: not also a second unit that differs from the submission's.
        #expect(file.findings.map(\.code) == [.inputEmptyText], "\(file.findings.shown)")

        // A file without a unit of its own takes the submission's name: nothing to report.
        let bare = try read(submission(#"[{"file": "bare.json"}]"#),
                            files: ["bare.json": #"{"template": "muc-tieu-30c", "values": {"muc-tieu-1": "Đạt"}}"#])
        #expect(bare.findings.isEmpty, "\(bare.findings.shown)")
    }
}
