import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// A report that cannot be laid out on a sheet is refused before anything is written, with
/// `--allow-errors` too, and no report makes a renderer trap.
@Suite("reports that cannot be laid out")
struct UnwritableLayoutTests {
    /// The bundled ten-year example with its period replaced (nil: removed).
    static func review(period: Any?) throws -> [UInt8] {
        var object = try JSONSerialization.jsonObject(with: Data(contentsOf: Repo.examples.appendingPathComponent("tong-ket-2011-2020.json")))
            as? [String: Any] ?? [:]
        object["period"] = period
        return Array(try JSONSerialization.data(withJSONObject: object))
    }

    /// Periods that give a per-year form no year (JSON text; "" removes the period).
    @Test("a per-year form without a range of years is unwritable, whatever errors are allowed",
          arguments: ["", #"{"from": 2020, "to": 2018}"#, #"{"year": 2020}"#, #"{"from": 2018}"#])
    func perYearWithoutYears(_ text: String) throws {
        let period: Any? = text.isEmpty ? nil : try JSONSerialization.jsonObject(with: Data(text.utf8))
        let checked = Pipeline.checkInput(bytes: try Self.review(period: period), file: "in.json", catalog: try Repo.catalog())
        let report = try #require(checked.report)
        #expect(report.valueColumns.isEmpty && report.layoutFlaw == .noValueColumns)
        let expected = Pipeline.Decision.unwritable(.layout(template: "tong-ket-2011-2020", appendix: nil, flaw: .noValueColumns))
        #expect(checked.decision(allowingErrors: true) == expected)
        // Before the refusal: a refusal would offer --allow-errors in vain.
        #expect(checked.decision(allowingErrors: false) == expected)
    }

    @Test("the renderer refuses such a report with a finding and leaves nothing behind")
    func rendererDefends() throws {
        let checked = Pipeline.checkInput(bytes: try Self.review(period: ["from": 2020, "to": 2018]), file: "in.json",
                                          catalog: try Repo.catalog())
        let report = try #require(checked.report)
        let dir = try Repo.temporaryDirectory()
        let out = dir.appendingPathComponent("out.xlsx")
        #expect {
            try WorkbookWriter.write(report: report, to: out.path)
        } throws: { error in
            (error as? CCHCError)?.problem == .unwritable(.layout(template: "tong-ket-2011-2020", appendix: nil, flaw: .noValueColumns))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test("any report the layout cannot hold is refused, never a trap: a header wider than the table, values that do not match the columns")
    func handMadeReports() throws {
        let (good, _, _) = try Repo.fill(Repo.examples.appendingPathComponent("tong-ket-2011-2020.json"), into: try Repo.temporaryDirectory())
        var wide = good
        wide.template.header[0].append(HeaderCell(text: "Thừa", cols: 3))
        var short = good
        short.rows[4].values.removeLast()
        var none = good
        none.valueColumns = []
        let cases: [(Report, (LayoutFlaw) -> Bool)] = [
            (wide, { if case .headerOutsideTable = $0 { return true } else { return false } }),
            (short, { $0 == .rowValues(row: good.rows[4].row.id, values: 9, columns: 10) }),
            (none, { $0 == .noValueColumns }),
        ]
        for (report, matches) in cases {
            let flaw = try #require(FormLayout(report: report).flaw(for: report))
            #expect(matches(flaw), "\(flaw)")
            let dir = try Repo.temporaryDirectory()
            #expect(throws: CCHCError.self) { try WorkbookWriter.write(report: report, to: dir.appendingPathComponent("x.xlsx").path) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
        #expect(FormLayout(report: good).flaw(for: good) == nil)
    }

    @Test("a submission whose per-year appendix has no years is unwritable, naming the appendix")
    func submission() throws {
        let dir = try Repo.temporaryDirectory()
        let file = dir.appendingPathComponent("submission.json")
        try Data(#"""
        {"unit": {"name": "UBND huyện Thử"}, "period": {"from": 2020, "to": 2011},
         "report": {"number": "1/BC", "date": "2020-04-15"}, "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
         "appendices": [{"template": "muc-tieu-30c", "data": {"values": {}}},
                        {"template": "tong-ket-2011-2020", "data": {"values": {"1.tthc-ra-soat": {"2011": 3}}}}]}
        """#.utf8).write(to: file)
        let checked = Pipeline.checkSubmission(at: file.path, catalog: try Repo.catalog())
        let expected = Pipeline.Decision.unwritable(.layout(template: "tong-ket-2011-2020", appendix: 2, flaw: .noValueColumns))
        #expect(checked.decision(allowingErrors: true) == expected)
        #expect(checked.decision(allowingErrors: false) == expected)
        let submission = try #require(checked.submission)
        let out = dir.appendingPathComponent("x.xlsx")
        #expect {
            try SubmissionWriter.write(submission, to: out.path)
        } throws: { error in
            (error as? CCHCError)?.problem == .unwritable(.layout(template: "tong-ket-2011-2020", appendix: 2, flaw: .noValueColumns))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["submission.json"])
    }
}

/// The names of temporary files, and the sweep of those that dead processes left.
@Suite("temporary files")
struct TemporaryFileTests {
    @Test("temporary names are short, hidden, and carry the process id; older names are recognised too")
    func names() {
        let name = TemporaryFiles.temporaryName()
        #expect(name.hasPrefix(".cchc-\(getpid())-") && name.hasSuffix(".tmp") && name.utf8.count < 40)
        #expect(TemporaryFiles.owner(ofTemporaryName: name) == getpid())
        #expect(TemporaryFiles.owner(ofTemporaryName: ".u001.xlsx.4242.AB12CD34.tmp") == 4242)
        #expect(TemporaryFiles.owner(ofTemporaryName: ".bao cao.v2.XLSX.17.0123abcd.tmp") == 17)
        for other in ["u001.xlsx", ".cchc-x-abcdef12.tmp", ".cchc-12-abc.tmp", ".hidden", ".u001.xlsx.tmp", ".a.json.12.ABCDEF12.tmp"] {
            #expect(TemporaryFiles.owner(ofTemporaryName: other) == nil, "\(other)")
        }
    }

    @Test("a sweep removes the temporary files of processes that no longer run, and nothing else")
    func sweep() throws {
        let dir = try Repo.temporaryDirectory()
        // A process id that no process has: above the kernel's largest.
        let dead = ".cchc-2147483000-abcdef12.tmp", legacy = ".u001.xlsx.2147483001.ABCDEF12.tmp"
        let alive = ".cchc-1-abcdef12.tmp", mine = ".cchc-\(getpid())-abcdef12.tmp"
        for name in [dead, legacy, alive, mine, "u001.xlsx", ".khac"] {
            try Data().write(to: dir.appendingPathComponent(name))
        }
        #expect(TemporaryFiles.sweep(directory: dir.path) == [dead, legacy].sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == [alive, mine, ".khac", "u001.xlsx"].sorted())
    }
}
