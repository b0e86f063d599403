import Foundation
import Model
import Testing

/// Reading submission files: the report's own data, appendices inline or from files, and where
/// each problem is reported.
@Suite("Submission files")
struct SubmissionReaderTests {
    static let bundled = Validation.examples

    /// Writes files into a fresh directory and reads and checks `submission.json` from it.
    func read(_ submission: String, files: [String: String] = [:]) throws -> Pipeline.CheckedSubmission {
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
        return Pipeline.checkSubmission(at: path, catalog: try Validation.bundled())
    }

    /// Reads and checks a bundled submission.
    func bundled(_ path: String) throws -> Pipeline.CheckedSubmission {
        Pipeline.checkSubmission(at: Self.bundled.appendingPathComponent(path).path, catalog: try Validation.bundled())
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
        let result = try bundled("bao-cao-nam/submission.json")
        #expect(result.findings.isEmpty, "\(result.findings.shown)")
        #expect(result.decision(allowingErrors: false) == .write)
        let submission = try #require(result.submission)
        #expect(submission.unit == UnitInfo(name: "UBND huyện Tân Hòa Đông", province: "Tỉnh Phú An", portal: "https://cchc.phuan.example.vn/"))
        #expect(submission.period == Period(year: 2021, cutoff: DayDate(year: 2021, month: 12, day: 14)))
        #expect(submission.report.number == "215/BC-UBND")
        #expect(submission.report.date == DayDate(year: 2021, month: 12, day: 20))
        #expect(Catalogue.vietnamese.phrase(.placeAndDate(place: submission.report.place, date: submission.report.date))
                == "Tân Hòa Đông, ngày 20 tháng 12 năm 2021")
        #expect(submission.report.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN TÂN HÒA ĐÔNG"])
        #expect(submission.signer.lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"])
        #expect(submission.signer.name == "Trần Minh Khôi")
        #expect(submission.recipients.count == 4)
        #expect(submission.appendices.map(\.templateID) == ["can-bo-dau-moi", "bang2-nam"])
        #expect(submission.appendices.map(\.sheetName) == ["Bảng 1", "Bảng 2"])
        #expect(submission.appendices.map(\.number) == [1, 2])
        #expect(submission.appendices[0].origin == .inline(path: JSONPath("appendices").element(0).child("data")))
        #expect(submission.appendices[1].origin == .file(Self.bundled.appendingPathComponent("bang2-nam.json").path))
        // Inline data: the submission's unit and period; paths from the submission's root.
        let bang1 = try #require(submission.appendices[0].report)
        #expect(bang1.unit == submission.unit)
        #expect(bang1.source == path)
        #expect(bang1.valuesPath.description == "$.appendices[0].data.values")
        #expect(bang1.path(ofRow: 0, column: 0).description == "$.appendices[0].data.values[\"lanh-dao-phu-trach-cchc\"].ho_ten")
        // A file that gives no cut-off takes the submission's.
        let bang2 = try #require(submission.appendices[1].report)
        #expect(bang2.period == Period(year: 2021, cutoff: DayDate(year: 2021, month: 12, day: 14)))
        #expect(bang2.rows.contains { $0.row.id == "i.1.nhiem-vu-de-ra" && $0.values == [.number(42)] })
        #expect(bang2.valuesPath == JSONPath("values"))
    }

    @Test("the ten-year example: a range with a cut-off, Phụ lục 2 from a file, Phụ lục 3 inline")
    func reviewExample() throws {
        let result = try bundled("tong-ket-2011-2020/submission.json")
        #expect(result.findings.isEmpty, "\(result.findings.shown)")
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
        let result = try bundled("invalid/submission/submission-contradictions.json")
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.count == 5, "\(result.findings.shown)")
        #expect(Set(errors.map { $0.check ?? $0.code.rawValue }) == [
            "i.2.xu-ly-le-phat-hien", "iii.3.cong-khai-le-hieu-luc", "rate.numerator-above-denominator", "rate.mismatch", "v.6.sncl-bang-tong",
        ])
        #expect(errors.filter { $0.code == .checkFailed }.count == 3)
        let values = JSONPath("appendices").element(1).child("data").child("values")
        for error in errors {
            #expect(error.path?.hasPrefix(values) == true && error.path != values, "\(error.pathText)")
            #expect(error.pathText.hasPrefix("$.appendices[1].data.values["), "\(error.pathText)")
            #expect(error.file.hasSuffix("submission-contradictions.json"))
        }
        #expect(result.submission?.appendices[1].findings.count == 5)
        #expect(result.decision(allowingErrors: false) == .refuse(errors: 5, allowable: true))
        #expect(result.decision(allowingErrors: true) == .write)
    }

    @Test("an inline appendix may not give its own unit or period; an unknown row is reported inside data")
    func inlineRules() throws {
        let result = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"unit": {"name": "X"}, "period": {"year": 2020}, "values": {"muc-tieu-99": "Đạt", "muc-tieu-1": "Đạt"}}}]
        """#))
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.contains { $0.pathText == "$.appendices[0].data.unit" && $0.problem == .fieldInAppendix(.unit) }, "\(errors.shown)")
        #expect(errors.contains { $0.pathText == "$.appendices[0].data.period" && $0.problem == .fieldInAppendix(.period) })
        #expect(errors.contains { $0.pathText == "$.appendices[0].data.values[\"muc-tieu-99\"]" && $0.code == .inputUnknownRow })
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
        #expect(agreeing.findings.isEmpty, "\(agreeing.findings.shown)")

        let otherUnit = try read(submission(#"[{"file": "other.json"}]"#),
                                 files: ["other.json": input("UBND huyện Khác", #"{"year": 2021}"#)])
        let unitError = try #require(otherUnit.findings.first { $0.pathText == "$.unit" }, "\(otherUnit.findings.shown)")
        #expect(unitError.file.hasSuffix("other.json"))
        #expect(unitError.code == .submissionUnitMismatch && unitError.severity == .error)
        guard case .unitMismatch(let appendixUnit, let submissionUnit) = unitError.problem else { Issue.record("\(unitError.shown)"); return }
        #expect(appendixUnit.contains("UBND huyện Khác") && submissionUnit.contains("UBND huyện Tân Hòa Đông"))

        let otherYear = try read(submission(#"[{"file": "old.json"}]"#),
                                 files: ["old.json": input("UBND huyện Tân Hòa Đông", #"{"year": 2019}"#)])
        let periodError = try #require(otherYear.findings.first { $0.pathText == "$.period" }, "\(otherYear.findings.shown)")
        #expect(periodError.file.hasSuffix("old.json") && periodError.severity == .error)
        #expect(periodError.problem == .periodMismatch(appendix: Period(year: 2019), submission: Period(year: 2021)))
    }

    @Test("a file without unit and period takes the submission's; a wrong template is named")
    func fileDefaults() throws {
        let result = try read(submission(#"[{"template": "bang2-nam", "file": "bare.json"}]"#),
                              files: ["bare.json": #"{"template": "muc-tieu-30c", "values": {"muc-tieu-2": "Không đạt"}}"#])
        #expect(result.findings.map(\.pathText) == ["$.appendices[0].template"], "\(result.findings.shown)")
        guard case .templateMismatch("bang2-nam", "muc-tieu-30c", let file) = result.findings.first?.problem else {
            Issue.record("\(result.findings.shown)"); return
        }
        #expect(file.hasSuffix("bare.json"))
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
        let byPath = Dictionary(grouping: result.findings, by: \.pathText)
        let missingFile = try #require(byPath["$.appendices[0].file"]?.first, "\(result.findings.shown)")
        guard case .appendixUnreadable(let file, .fileNotFound) = missingFile.problem else { Issue.record("\(missingFile.shown)"); return }
        #expect(file.hasSuffix("nowhere.json"))
        #expect(missingFile.detail("reason") == .text("file.not-found"))
        #expect(byPath["$.signer"]?.first?.severity == .error)
        #expect(byPath["$.signer"]?.first?.problem == .missing(.signer))
        #expect(byPath["$.extra"]?.first?.code == .inputUnknownKey)
        #expect(byPath["$.extra"]?.first?.detail("key") == .text("extra"))
        #expect(byPath["$.period"]?.contains { $0.problem == .repeatedKey(key: "period", firstLine: 4, line: 6) } == true)
        #expect(byPath["$.report.number"]?.first?.severity == .warning)
        #expect(byPath["$.report.number"]?.first?.code == .submissionNoNumber)
        #expect(result.submission?.appendices.first?.report == nil)
        #expect(result.decision(allowingErrors: true) == .unwritable(.appendixUnread(number: 1, template: "bang2-nam")))
    }

    @Test("a per-year form in an annual submission: one error at the submission's period, however many appendices")
    func periodMismatch() throws {
        let result = try read(submission(#"""
        [{"template": "tong-ket-2011-2020", "data": {"values": {}}}, {"template": "tong-ket-2011-2020", "sheet": "PL khác", "data": {"values": {}}}]
        """#))
        let periodErrors = result.findings.filter { $0.path?.hasPrefix(JSONPath("period")) == true && $0.severity == .error }
        #expect(periodErrors.count == 1, "\(result.findings.shown)")
        #expect(periodErrors.first?.detail("template") == .text("tong-ket-2011-2020"), "\(periodErrors.shown)")
    }

    @Test("sheet names: two appendices on one sheet, or on a sheet of the workbook's own, are errors")
    func sheetNames() throws {
        let twice = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "data": {"values": {}}}]
        """#))
        #expect(twice.findings.contains {
            $0.pathText == "$.appendices[1].template" && $0.problem == .sheetNameTaken(name: "Phụ lục 3", first: 1, second: 2)
        }, "\(twice.findings.shown)")
        let renamed = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "sheet": "phụ lục 3", "data": {"values": {}}}]
        """#))
        #expect(renamed.findings.contains { $0.pathText == "$.appendices[1].sheet" && $0.code == .sheetNameTaken }, "case-insensitive duplicate")
        let reserved = try read(submission(#"[{"template": "muc-tieu-30c", "sheet": "Kiểm tra", "data": {"values": {}}}]"#))
        #expect(reserved.findings.contains { $0.pathText == "$.appendices[0].sheet" && $0.problem == .sheetNameReserved(name: "Kiểm tra") })
        // Not even --allow-errors writes them: the library refused the sheet halfway through the
        // workbook ("Worksheet name is already in use"), a message that named no appendix.
        #expect(twice.decision(allowingErrors: true) == .unwritable(.sheetName(appendix: 2, name: "Phụ lục 3")))
        #expect(renamed.decision(allowingErrors: true) == .unwritable(.sheetName(appendix: 2, name: "phụ lục 3")))
        #expect(reserved.decision(allowingErrors: true) == .unwritable(.sheetName(appendix: 1, name: "Kiểm tra")))
        let fine = try read(submission(#"""
        [{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "sheet": "Phụ lục 3b", "data": {"values": {}}}]
        """#))
        #expect(fine.findings.isEmpty, "\(fine.findings.shown)")
        #expect(fine.submission?.appendices.map(\.sheetName) == ["Phụ lục 3", "Phụ lục 3b"])
    }

    @Test("an appendix's sheet name is kept in NFC, and two names alike but for case and Unicode form clash (a finding, not a library warning)")
    func sheetNamesNormalised() throws {
        // 31 characters written decomposed: more scalars than Excel's 31, which libxlsxwriter counted.
        let composed31 = "Số liệu cải cách hành chính cấp"
        let decomposed = composed31.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > 31 && composed31.utf16.count == 31)
        let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [decomposed], options: .fragmentsAllowed), as: UTF8.self).dropFirst().dropLast()
        let long = try read(submission("[{\"template\": \"muc-tieu-30c\", \"sheet\": \(quoted), \"data\": {\"values\": {}}}]"))
        #expect(long.findings.isEmpty, "\(long.findings.shown)")
        #expect(long.submission?.appendices.first?.sheetName.unicodeScalars.count == 31)
        let upper = String(decoding: try JSONSerialization.data(withJSONObject: ["PHỤ LỤC 3".decomposedStringWithCanonicalMapping], options: .fragmentsAllowed), as: UTF8.self)
            .dropFirst().dropLast()
        let clash = try read(submission(#"[{"template": "muc-tieu-30c", "data": {"values": {}}}, {"template": "muc-tieu-30c", "sheet": "# + upper + #", "data": {"values": {}}}]"#))
        let taken = clash.findings.filter { $0.code == .sheetNameTaken }
        #expect(taken.count == 1 && taken.first?.pathText == "$.appendices[1].sheet" && taken.first?.detail("first") == .integer(1), "\(clash.findings.shown)")
    }

    @Test("not an object: no submission, one error; not JSON: a json.syntax finding, unreadable")
    func notASubmission() throws {
        let array = try read("[1, 2]")
        #expect(array.submission == nil)
        #expect(array.findings.count == 1 && array.findings[0].pathText == "$")
        #expect(array.findings.first?.problem == .notAnObject(document: .submission, found: .array))
        #expect(array.decision(allowingErrors: true) == .refuse(errors: 1, allowable: false))
        let truncated = try read("{ \"unit\": ")
        #expect(truncated.submission == nil)
        #expect(truncated.findings.map(\.code) == [.jsonSyntax], "\(truncated.findings.shown)")
        #expect(truncated.findings.hasUnreadableFile)
        #expect(truncated.decision(allowingErrors: true) == .unreadable)
    }

    @Test("no appendices, an appendix neither inline nor a file, both at once")
    func appendixShapes() throws {
        func has(_ submission: String, _ path: String, _ code: FindingCode) throws -> Bool {
            try read(submission).findings.contains { $0.pathText == path && $0.code == code }
        }
        #expect(try has(submission("[]"), "$.appendices", .submissionNoAppendix))
        #expect(try has(submission(#"[{"template": "bang2-nam"}]"#), "$.appendices[0]", .submissionNoData))
        #expect(try has(submission(#"[{"template": "bang2-nam", "data": {}, "file": "x.json"}]"#), "$.appendices[0]", .submissionDataAndFile))
        #expect(try has(submission(#"[{"data": {"values": {}}}]"#), "$.appendices[0].template", .inputMissing))
        let misspelt = try read(submission(#"[{"template": "bang2-nams", "data": {"values": {}}}]"#))
        #expect(misspelt.findings.contains { $0.pathText == "$.appendices[0].template" && $0.detail("nearest") == .text("bang2-nam") },
                "\(misspelt.findings.shown)")
        // Without an appendix there is nothing to write, even with errors allowed.
        let empty = try read(submission("[]"))
        #expect(empty.decision(allowingErrors: false) == .refuse(errors: 1, allowable: true))
        #expect(empty.decision(allowingErrors: true) == .unwritable(.noAppendix))
    }

    @Test("the place and date line follows the Vietnamese convention (ngày 05 tháng 02, tháng 12)")
    func placeAndDate() {
        func line(_ place: String?, _ date: DayDate?) -> String { Catalogue.vietnamese.phrase(.placeAndDate(place: place, date: date)) }
        #expect(line("Mỹ Tú", DayDate(year: 2021, month: 2, day: 5)) == "Mỹ Tú, ngày 05 tháng 02 năm 2021")
        #expect(line(nil, DayDate(year: 2021, month: 12, day: 20)) == "Ngày 20 tháng 12 năm 2021")
        // Without a date the line is left to be filled in by hand.
        #expect(line("Mỹ Tú", nil) == "……, ngày … tháng … năm …")
    }
}
