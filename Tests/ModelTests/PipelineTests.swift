import Foundation
import Model
import Testing

/// The use case every command runs: read, check, sort, decide.
@Suite("Pipeline")
struct PipelineTests {
    static func finding(_ severity: Severity, _ problem: Problem) -> Finding {
        Finding(severity, problem, at: Location(file: "f.json"))
    }

    static let error = finding(.error, .headingValue)
    static let warning = finding(.warning, .noValues)
    static let unreadable = finding(.error, .jsonSyntax(line: 1, column: 2, kind: .trailingContent))

    @Test("what may be done with findings", arguments: [
        ([Finding](), true, false, Pipeline.Decision.write),
        ([warning], true, false, .write),                       // warnings never stop
        ([error], true, false, .refuse(errors: 1, allowable: true)),
        ([error, error, warning], true, false, .refuse(errors: 2, allowable: true)),
        ([error], true, true, .write),                          // --allow-errors
        ([unreadable], false, true, .unreadable),               // even with --allow-errors
        ([finding(.error, .fileNotFound)], false, false, .unreadable),
        ([error], false, true, .refuse(errors: 1, allowable: false)),             // nothing to write, whatever is allowed
        ([], false, true, .refuse(errors: 1, allowable: false)),
        ([finding(.error, .tooMany(errors: 9, warnings: 0, listed: 1000))], true, false, .refuse(errors: 9, allowable: true)),
    ])
    func decide(_ findings: [Finding], _ hasResult: Bool, _ allowingErrors: Bool, _ decision: Pipeline.Decision) {
        #expect(Pipeline.decide(findings: findings, hasResult: hasResult, allowingErrors: allowingErrors) == decision)
    }

    @Test("a file that cannot be read is a finding, never a throw; the input's findings come sorted")
    func checkInput() throws {
        let catalog = try Validation.bundled()
        let missing = Pipeline.checkInput(at: "/nonexistent/cchc/input.json", catalog: catalog)
        #expect(missing.report == nil && missing.findings.map(\.problem) == [.fileNotFound])
        #expect(missing.decision(allowingErrors: true) == .unreadable)
        let directory = Pipeline.checkInput(at: FileManager.default.temporaryDirectory.path, catalog: catalog)
        #expect(directory.findings.map(\.code) == [.fileIsDirectory])

        let json = #"{"template": "bang2-nam", "unit": {"name": "X"}, "period": {"year": 2022}, "values": {"i.1.nhiem-vu-hoan-thanh": 5, "i.1.nhiem-vu-de-ra": 4, "zz": 1, "i.6": "Có"}}"#
        let checked = Pipeline.checkInput(bytes: Array(json.utf8), file: "in.json", catalog: catalog)
        #expect(checked.report != nil && checked.file == "in.json")
        // The unknown row (no template row) first, then the check on its row.
        #expect(checked.findings.map(\.code) == [.inputUnknownRow, .checkFailed], "\(checked.findings.shown)")
        #expect(checked.decision(allowingErrors: false) == .refuse(errors: 2, allowable: true))
        #expect(checked.decision(allowingErrors: true) == .write)

        let notUTF8 = Pipeline.checkInput(bytes: [0x7B, 0xE9, 0x7D], file: "x.json", catalog: catalog)
        #expect(notUTF8.findings.map(\.problem) == [.fileNotUTF8] && notUTF8.findings.first?.file == "x.json")
    }

    @Test("a submission that cannot be read is a finding too")
    func checkSubmission() throws {
        let checked = Pipeline.checkSubmission(at: "/nonexistent/cchc/submission.json", catalog: try Validation.bundled())
        #expect(checked.submission == nil && checked.findings.map(\.code) == [.fileNotFound])
        #expect(checked.decision(allowingErrors: true) == .unreadable)
    }
}
