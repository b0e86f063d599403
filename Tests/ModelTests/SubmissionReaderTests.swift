import Foundation
import Model
import Testing

/// Reading submission files: the report's own data, appendices inline or from files, and where
/// each problem is reported.
@Suite("Submission files")
struct SubmissionReaderTests {
    static let bundled = Validation.examples

    /// Writes files into a fresh directory and reads `submission.json` from it.
    func read(_ submission: String, files: [String: String] = [:]) throws -> SubmissionReader.Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cchc-submission-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            let url = directory.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let path = directory.appendingPathComponent("submission.json").path
        try Data(submission.utf8).write(to: URL(fileURLWithPath: path))
        return try SubmissionReader.read(path: path, catalog: try Validation.bundled())
    }

    /// A submission around the given appendices (JSON array text) and period.
    func submission(_ appendices: String, period: String = #"{"year": 2021}"#, extra: String = "") -> String {
        """
        {
          "unit": {"name": "UBND huyện Tân Hòa Đông", "province": "Tỉnh Phú An"},
          "report": {"number": "1/BC-UBND", "date": "2021-12-20", "place": "Tân Hòa Đông"},
          "period": \(period),
          "signer": {"title": "CHỦ TỊCH", "name": "Trần Minh Khôi"},\(extra)
          "appendices": \(appendices)
        }
        """
    }

    @Test("the annual example: report data, Bảng 1 inline and Bảng 2 from a file, no finding")
    func annualExample() throws {
        let path = Self.bundled.appendingPathComponent("bao-cao-nam/submission.json").path
        let result = try SubmissionReader.read(path: path, catalog: try Validation.bundled())
        #expect(result.findings.isEmpty, "\(result.findings.map(\.line).joined(separator: "\n"))")
        let submission = try #require(result.submission)
        #expect(submission.unit == UnitInfo(name: "UBND huyện Tân Hòa Đông", province: "Tỉnh Phú An"))
        #expect(submission.period == Period(year: 2021, cutoff: DayDate(year: 2021, month: 12, day: 14)))
        #expect(submission.report.number == "215/BC-UBND")
        #expect(submission.report.date == DayDate(year: 2021, month: 12, day: 20))
        #expect(submission.report.placeAndDate == "Tân Hòa Đông, ngày 20 tháng 12 năm 2021")
        #expect(submission.report.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN HÒA ĐÔNG"])
        #expect(submission.signer.lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(submission.signer.name == "Trần Minh Khôi")
        #expect(submission.recipients.count == 4)
        #expect(submission.appendices.map(\.templateID) == ["can-bo-dau-moi", "bang2-nam"])
        #expect(submission.appendices.map(\.sheetName) == ["Bảng 1", "Bảng 2"])
        #expect(submission.appendices.map(\.number) == [1, 2])
        #expect(submission.appendices[0].origin == .inline(path: "$.appendices[0].data"))
        #expect(submission.appendices[1].origin == .file(Self.bundled.appendingPathComponent("bang2-nam.json").path))
        // Inline data: the submission's unit and period; paths from the submission's root.
        let bang1 = try #require(submission.appendices[0].report)
        #expect(bang1.unit == submission.unit)
        #expect(bang1.source == path)
        #expect(bang1.rows[0].path == "$.appendices[0].data.values[\"lanh-dao-phu-trach-cchc\"]")
        // A file that gives no cut-off takes the submission's.
        let bang2 = try #require(submission.appendices[1].report)
        #expect(bang2.period == Period(year: 2021, cutoff: DayDate(year: 2021, month: 12, day: 14)))
        #expect(bang2.rows.contains { $0.row.id == "i.1.nhiem-vu-de-ra" && $0.values == [.number(42)] })
    }

    @Test("the ten-year example: a range with a cut-off, Phụ lục 2 from a file, Phụ lục 3 inline")
    func reviewExample() throws {
        let result = try SubmissionReader.read(path: Self.bundled.appendingPathComponent("tong-ket-2011-2020/submission.json").path,
                                               catalog: try Validation.bundled())
        #expect(result.findings.isEmpty, "\(result.findings.map(\.line).joined(separator: "\n"))")
        let submission = try #require(result.submission)
        #expect(submission.period == Period(from: 2011, to: 2020, cutoff: DayDate(year: 2020, month: 3, day: 31)))
        #expect(submission.appendices.map(\.sheetName) == ["Phụ lục 2", "Phụ lục 3"])
        #expect(submission.signer.lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"])
        let targets = try #require(submission.appendices[1].report)
        #expect(targets.rows.filter { $0.values == [.pass(false)] }.count == 4)
        #expect(targets.period.reportYear == 2020)
        #expect(submission.periodLabel == "2011-2020")
    }

    @Test("the seeded example gives its five errors, at paths inside the submission")
    func seededExample() throws {
        let result = try SubmissionReader.read(path: Self.bundled.appendingPathComponent("invalid/submission/submission-contradictions.json").path,
                                               catalog: try Validation.bundled())
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.count == 5, "\(result.findings.map(\.line).joined(separator: "\n"))")
        #expect(Set(errors.map(\.rule)) == ["i.2.xu-ly-le-phat-hien", "iii.3.cong-khai-le-hieu-luc", "rate-numerator", "rate-mismatch", "v.6.sncl-bang-tong"])
        for error in errors {
            #expect(error.path.hasPrefix("$.appendices[1].data.values["), "\(error.path)")
            #expect(error.file.hasSuffix("submission-contradictions.json"))
        }
        #expect(result.submission?.appendices[1].findings.count == 5)
    }

    @Test("an inline appendix may not give its own unit or period; an unknown row is reported inside data")
    func inlineRules() throws {
        let result = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"unit": {"name": "X"}, "period": {"year": 2020}, "values": {"muc-tieu-99": "Đạt", "muc-tieu-1": "Đạt"}}}]
        """#))
        let paths = result.findings.filter { $0.severity == .error }.map(\.path)
        #expect(paths.contains("$.appendices[0].data.unit"))
        #expect(paths.contains("$.appendices[0].data.period"))
        #expect(paths.contains("$.appendices[0].data.values[\"muc-tieu-99\"]"), "\(paths)")
        let report = try #require(result.submission?.appendices[0].report)
        #expect(report.unit.name == "UBND huyện Tân Hòa Đông")
        #expect(report.rows[0].values == [.pass(true)])
    }

    @Test("a referenced file may repeat the unit and period, not contradict them")
    func fileAgreement() throws {
        let input = { (unit: String, period: String) in
            #"{"template": "muc-tieu-30c", "unit": {"name": "\#(unit)", "province": "Tỉnh Phú An"}, "period": \#(period), "values": {"muc-tieu-1": "Đạt"}}"#
        }
        let agreeing = try read(submission(#"[{"file": "a/ok.json"}]"#),
                                files: ["a/ok.json": input("UBND huyện Tân Hòa Đông", #"{"year": 2021}"#)])
        #expect(agreeing.findings.isEmpty, "\(agreeing.findings.map(\.line))")

        let otherUnit = try read(submission(#"[{"file": "other.json"}]"#),
                                 files: ["other.json": input("UBND huyện Khác", #"{"year": 2021}"#)])
        let unitError = try #require(otherUnit.findings.first { $0.path == "$.unit" })
        #expect(unitError.file.hasSuffix("other.json"))
        #expect(unitError.message.contains("UBND huyện Khác"))

        let otherYear = try read(submission(#"[{"file": "old.json"}]"#),
                                 files: ["old.json": input("UBND huyện Tân Hòa Đông", #"{"year": 2019}"#)])
        #expect(otherYear.findings.contains { $0.path == "$.period" && $0.file.hasSuffix("old.json") && $0.severity == .error })
    }

    @Test("a file without unit and period takes the submission's; a wrong template is named")
    func fileDefaults() throws {
        let result = try read(submission(#"[{"template": "bang2-nam", "file": "bare.json"}]"#),
                              files: ["bare.json": #"{"template": "muc-tieu-30c", "values": {"muc-tieu-2": "Không đạt"}}"#])
        #expect(result.findings.map(\.path) == ["$.appendices[0].template"], "\(result.findings.map(\.line))")
        let report = try #require(result.submission?.appendices[0].report)
        #expect(report.unit.province == "Tỉnh Phú An")
        #expect(report.period.year == 2021)
    }

    @Test("a missing appendix file, a missing signer, an unknown key and a key given twice are findings of the submission")
    func submissionProblems() throws {
        let result = try read("""
        {
          "unit": {"name": "UBND xã Thử"},
          "report": {"date": "2021-12-20"},
          "period": {"year": 2021},
          "extra": 1,
          "period": {"year": 2021},
          "appendices": [{"template": "bang2-nam", "file": "nowhere.json"}]
        }
        """)
        let byPath = Dictionary(grouping: result.findings, by: \.path)
        #expect(byPath["$.appendices[0].file"]?.first?.message.contains("no such file") == true, "\(result.findings.map(\.line))")
        #expect(byPath["$.signer"]?.first?.severity == .error)
        #expect(byPath["$.extra"]?.first?.message.contains("unknown key") == true)
        #expect(byPath["$.period"]?.contains { $0.message.contains("twice") && $0.message.contains("lines 4 and 6") } == true)
        #expect(byPath["$.report.number"]?.first?.severity == .warning)
        #expect(result.submission?.appendices.first?.report == nil)
    }

    @Test("a per-year form in an annual submission: one error at the submission's period, however many appendices")
    func periodMismatch() throws {
        let result = try read(submission(#"""
        [{"template": "tong-ket-2011-2020", "data": {"values": {}}}, {"template": "tong-ket-2011-2020", "sheet": "PL khác", "data": {"values": {}}}]
        """#))
        let periodErrors = result.findings.filter { $0.path.hasPrefix("$.period") && $0.severity == .error }
        #expect(periodErrors.count == 1, "\(result.findings.map(\.line))")
        #expect(periodErrors.first?.message.contains("tong-ket-2011-2020") == true)
    }

    @Test("sheet names: two appendices on one sheet, or on a sheet of the workbook's own, are errors")
    func sheetNames() throws {
        let twice = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "data": {"values": {}}}]
        """#))
        #expect(twice.findings.contains { $0.path == "$.appendices[1].template" && $0.message.contains("appendices 1 and 2") })
        let renamed = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "sheet": "phụ lục 3", "data": {"values": {}}}]
        """#))
        #expect(renamed.findings.contains { $0.path == "$.appendices[1].sheet" }, "case-insensitive duplicate")
        let reserved = try read(submission(#"[{"template": "muc-tieu-30c", "sheet": "Kiểm tra", "data": {"values": {}}}]"#))
        #expect(reserved.findings.contains { $0.path == "$.appendices[0].sheet" && $0.message.contains("submission's own") })
        let fine = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "sheet": "Phụ lục 3b", "data": {"values": {}}}]
        """#))
        #expect(fine.findings.isEmpty, "\(fine.findings.map(\.line))")
        #expect(fine.submission?.appendices.map(\.sheetName) == ["Phụ lục 3", "Phụ lục 3b"])
    }

    @Test("not an object: no submission, one error; not JSON: an input error")
    func notASubmission() throws {
        let array = try read("[1, 2]")
        #expect(array.submission == nil)
        #expect(array.findings.count == 1 && array.findings[0].path == "$")
        #expect(throws: CCHCError.self) { try read("{ \"unit\": ") }
    }

    @Test("no appendices, an appendix neither inline nor a file, both at once")
    func appendixShapes() throws {
        #expect(try read(submission("[]")).findings.contains { $0.path == "$.appendices" })
        #expect(try read(submission(#"[{"template": "bang2-nam"}]"#)).findings.contains { $0.path == "$.appendices[0]" })
        #expect(try read(submission(#"[{"template": "bang2-nam", "data": {}, "file": "x.json"}]"#)).findings
            .contains { $0.path == "$.appendices[0]" && $0.message.contains("not both") })
        #expect(try read(submission(#"[{"data": {"values": {}}}]"#)).findings.contains { $0.path == "$.appendices[0].template" })
        #expect(try read(submission(#"[{"template": "bang2-nams", "data": {"values": {}}}]"#)).findings
            .contains { $0.path == "$.appendices[0].template" && $0.message.contains("bang2-nam") })
    }

    @Test("the place and date line follows the Vietnamese convention (ngày 05 tháng 02, tháng 12)")
    func placeAndDate() {
        #expect(ReportInfo(date: DayDate(year: 2021, month: 2, day: 5), place: "Mỹ Tú").placeAndDate == "Mỹ Tú, ngày 05 tháng 02 năm 2021")
        #expect(ReportInfo(date: DayDate(year: 2021, month: 12, day: 20)).placeAndDate == "Ngày 20 tháng 12 năm 2021")
        #expect(ReportInfo(place: "Mỹ Tú").placeAndDate == nil)
    }
}
