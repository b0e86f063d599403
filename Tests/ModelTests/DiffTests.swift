import Foundation
import XLSXReader
import Model
import Testing

/// Inputs and templates for the diff tests: the bundled templates and the examples under
/// `examples/diff/`, plus small inputs written inline.
enum DiffTestSupport {
    /// The package root (Tests/ModelTests/DiffTests.swift → up three levels).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("templates")

    static func catalog(_ directory: URL = templates) throws -> TemplateCatalog {
        try TemplateCatalog(directory: directory)
    }

    static func example(_ name: String) -> String { root.appendingPathComponent("examples/\(name)").path }

    /// Reads an input file; fails when it has error findings.
    static func report(_ path: String, catalog: TemplateCatalog? = nil) throws -> Report {
        try report(document: InputFile.read(path: path), file: path, catalog: catalog)
    }

    /// Reads an input given as JSON text.
    static func report(json: String, file: String, catalog: TemplateCatalog? = nil) throws -> Report {
        try report(document: InputFile.parse(bytes: Array(json.utf8), file: file), file: file, catalog: catalog)
    }

    /// Reads a parsed input; fails when reading it gives error findings.
    static func report(document: JSONValue, file: String, catalog: TemplateCatalog?) throws -> Report {
        let result = InputReader.read(document: document, file: file, catalog: try catalog ?? self.catalog())
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.shown)")
        return try #require(result.report)
    }

    /// The bang2-nam comparison of the two example years.
    static func bang2Diff() throws -> Diff {
        try Diff(old: DiffSide(report: report(example("diff/bang2-nam-2020.json"))),
                 new: DiffSide(report: report(example("diff/bang2-nam-2021.json"))))
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        try TestDirectories.make("cchc-diff-tests")
    }
}

/// Whether a value is there and equals `expected` up to floating-point noise.
func close(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-9
}

extension Diff {
    /// The (first) row with this id.
    func row(_ id: String, field: String? = nil) throws -> DiffRow {
        try #require(rows.first { $0.id == id && $0.field == field }, "no row \(id)")
    }
}

@Suite("cchc diff: comparing two years row by row")
struct DiffTests {
    // MARK: Statuses

    @Test("a count that changed: change and relative change")
    func changedCount() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let row = try diff.row("i.1.nhiem-vu-de-ra")
        #expect(row.status == .changed)
        #expect(row.old == .number(38))
        #expect(row.new == .number(42))
        #expect(row.change == 4)
        #expect(close(row.changePercent, 4.0 / 38 * 100))
        #expect(row.isChange)
        let down = try diff.row("i.2.van-de-phat-hien")  // 17 → 14
        #expect(down.status == .changed)
        #expect(down.change == -3)
    }

    @Test("the same figure both years is unchanged, with a change of 0")
    func unchanged() throws {
        let row = try DiffTestSupport.bang2Diff().row("i.2.don-vi-truc-thuoc-kiem-tra")
        #expect(row.status == .unchanged)
        #expect(row.change == 0)
        #expect(row.changePercent == 0)
        #expect(!row.isChange)
    }

    @Test("a blank on one side is not_reported, never 0; blank on both sides is not a change")
    func notReported() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let dropped = try diff.row("v.2.vien-chuc-dac-biet")  // 1 in 2020, blank in 2021
        #expect(dropped.status == .notReported)
        #expect(dropped.old == .number(1))
        #expect(dropped.new == .blank)
        #expect(dropped.change == nil && dropped.changePercent == nil)
        #expect(dropped.oldReported && !dropped.newReported)
        #expect(dropped.isChange)

        let appeared = try diff.row("vii.4.ty-le-ho-so-muc-do-4")  // blank in 2020, 12,5 % in 2021
        #expect(appeared.status == .notReported)
        #expect(!appeared.oldReported && appeared.newReported)

        let never = try diff.row("vii.6.xa-xem-xet-lanh-dao")  // blank both years
        #expect(never.status == .notReported)
        #expect(!never.isChange)
    }

    @Test("headings carry no status")
    func headings() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let section = try diff.row("iii")
        #expect(section.isHeading)
        #expect(section.status == nil)
        #expect(section.old == nil && section.new == nil)
        #expect(diff.rows.count == diff.new.report.template.rows.count)
    }

    @Test("coded answers show the change of label, not a number")
    func codedAnswers() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let form = try diff.row("i.5.hinh-thuc")  // Phát phiếu (1) → Kết hợp (2)
        #expect(form.status == .changed)
        #expect(form.change == nil && form.changePercent == nil)
        #expect(form.changeLabel == "Phát phiếu → Kết hợp")
        let dialogue = try diff.row("i.6")  // Không (0) → Có (1)
        #expect(dialogue.changeLabel == "Không → Có")
        let same = try diff.row("i.7")  // Tốt both years
        #expect(same.status == .unchanged)
        #expect(same.changeLabel == nil)
    }

    @Test("free text: changed or unchanged by its wording")
    func text() throws {
        let row = try DiffTestSupport.bang2Diff().row("i.8")
        #expect(row.status == .changed)
        #expect(row.changeLabel == nil)
    }

    @Test("Đạt / Không đạt: the change of label")
    func passLabels() throws {
        func input(_ year: Int, _ values: String) -> String {
            """
            {"template": "muc-tieu-30c", "unit": {"name": "UBND huyện Tân Hòa Đông"}, "period": {"year": \(year)},
             "values": {\(values)}}
            """
        }
        let old = try DiffTestSupport.report(json: input(2019, #""muc-tieu-1": "Đạt", "muc-tieu-4": "Không đạt", "muc-tieu-8": "Đạt""#), file: "2019.json")
        let new = try DiffTestSupport.report(json: input(2020, #""muc-tieu-1": "Đạt", "muc-tieu-4": "Đạt", "muc-tieu-8": "Không đạt""#), file: "2020.json")
        let diff = try Diff(old: DiffSide(report: old), new: DiffSide(report: new))
        #expect(diff.titles(.vietnamese) == ("Năm 2019", "Năm 2020"))
        #expect(diff.titles(.english) == ("2019", "2020"))
        #expect(try diff.row("muc-tieu-4").changeLabel == "Không đạt → Đạt")
        #expect(try diff.row("muc-tieu-8").changeLabel == "Đạt → Không đạt")
        #expect(try diff.row("muc-tieu-1").status == .unchanged)
        #expect(try diff.row("muc-tieu-2").status == .notReported)
    }

    // MARK: Rates

    @Test("derived rates: the change in percentage points, the counts of both sides")
    func ratesInPercentagePoints() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let row = try diff.row("iii.6.huyen-ty-le-dung-hen")  // 9.575/9.620 → 10.243/10.248
        let old = 9575.0 / 9620 * 100, new = 10243.0 / 10248 * 100
        #expect(row.isPercent)
        #expect(row.status == .changed)
        #expect(close(row.change, (new - old)))  // percentage points
        #expect(close(row.changePercent, (new - old) / old * 100))  // relative
        #expect(row.oldCounts == DiffCounts(numerator: 9575, denominator: 9620))
        #expect(row.newCounts == DiffCounts(numerator: 10243, denominator: 10248))
        #expect(row.countUnit == "hồ sơ")
        #expect(CellText.text(try #require(row.old), kind: row.kind) == "99,53")

        // Counts one year, a reported rate without counts the next.
        let land = try diff.row("iii.6.huyen-dat-dai")
        #expect(land.oldCounts == DiffCounts(numerator: 3950, denominator: 3978))
        #expect(land.newCounts == DiffCounts(numerator: nil, denominator: nil))
        #expect(close(land.change, (99.95 - 3950.0 / 3978 * 100)))

        // 3/3 and 2/2: the same 100 %, however different the counts.
        let staff = try diff.row("iv.2.ty-le-tinh-gian")
        #expect(staff.status == .unchanged)
        #expect(staff.oldCounts == DiffCounts(numerator: 3, denominator: 3))
        #expect(staff.newCounts == DiffCounts(numerator: 2, denominator: 2))
    }

    @Test("a rate whose denominator is 0 is not reported, not 0 %")
    func zeroDenominator() throws {
        func input(_ year: Int, _ rate: String) -> String {
            """
            {"template": "bang2-nam", "unit": {"name": "UBND huyện Tân Hòa Đông"}, "period": {"year": \(year)},
             "values": {"i.3.ty-le-tuyen-truyen": \(rate)}}
            """
        }
        let old = try DiffTestSupport.report(json: input(2020, #"{"numerator": 0, "denominator": 0}"#), file: "a.json")
        let new = try DiffTestSupport.report(json: input(2021, #"{"numerator": 3, "denominator": 4}"#), file: "b.json")
        let row = try Diff(old: DiffSide(report: old), new: DiffSide(report: new)).row("i.3.ty-le-tuyen-truyen")
        #expect(row.status == .notReported)
        #expect(!row.oldReported && row.newReported)
        #expect(row.oldCounts == DiffCounts(numerator: 0, denominator: 0))
        #expect(row.change == nil)
    }

    // MARK: Filters

    @Test("--only-changed keeps changes and the headings above them")
    func onlyChanged() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let rows = diff.rows(DiffFilter(onlyChanged: true))
        let ids = rows.map(\.id)
        #expect(!ids.contains("i.2.don-vi-truc-thuoc-kiem-tra"))  // unchanged
        #expect(!ids.contains("vii.6.xa-xem-xet-lanh-dao"))  // blank both years
        #expect(ids.contains("v.2.vien-chuc-dac-biet"))  // reported one year only
        #expect(ids.contains("i.5.hinh-thuc"))
        let valueRows = rows.filter { !$0.isHeading }
        #expect(valueRows.allSatisfy { $0.isChange })
        // Every kept row comes after its section and item heading.
        let index = try #require(ids.firstIndex(of: "i.1.nhiem-vu-de-ra"))
        #expect(Array(ids[..<index]) == ["i", "i.1"])
        // A heading with nothing changed under it is left out: all of IV.4 is 0 → 0.
        #expect(!ids.contains("iv.4"))
        // Without a filter every row is there.
        #expect(diff.rows(DiffFilter()).count == diff.rows.count)
    }

    @Test("--threshold keeps larger relative changes, and changes that have no relative size")
    func threshold() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let rows = diff.rows(DiffFilter(threshold: 10)).filter { !$0.isHeading }
        let ids = Set(rows.map(\.id))
        #expect(ids.contains("i.1.nhiem-vu-de-ra"))  // 38 → 42: +10,5 %
        #expect(!ids.contains("iv.5.lanh-dao-phong"))  // 32 → 31: -3,1 %
        #expect(ids.contains("i.2.van-de-phat-hien"))  // 17 → 14: -17,6 %, decreases count too
        #expect(ids.contains("v.6.lanh-dao-phong"))  // 0 → 1: no relative size
        #expect(ids.contains("i.6"))  // Không → Có
        #expect(ids.contains("v.2.vien-chuc-dac-biet"))  // reported one year only
        #expect(!ids.contains("i.2.don-vi-truc-thuoc-kiem-tra"))
        #expect(ids.contains("i.3.ty-le-tuyen-truyen"))  // 10/12 → 11/12: exactly +10 %, kept
        for row in rows { if let percent = row.changePercent { #expect(abs(percent) >= 10 - 1e-9) } }
        // A threshold of 0 is --only-changed.
        #expect(diff.rows(DiffFilter(threshold: 0)).map(\.id) == diff.rows(DiffFilter(onlyChanged: true)).map(\.id))
    }

    // MARK: Template versions

    /// A templates directory holding bang2-nam as an older version: one row less
    /// (`vii.6.xa-xem-xet-lanh-dao`), one row more (`vii.6.xa-iso-moi`, after `vii.6.xa-cong-bo-iso`),
    /// one row worded differently.
    static func olderTemplates() throws -> URL {
        let directory = try DiffTestSupport.temporaryDirectory()
        let data = try Data(contentsOf: DiffTestSupport.templates.appendingPathComponent("bang2-nam.json"))
        var template = try JSONDecoder().decode(Template.self, from: data)
        template.version = "2020"
        template.rows.removeAll { $0.id == "vii.6.xa-xem-xet-lanh-dao" }
        let anchor = try #require(template.rows.firstIndex { $0.id == "vii.6.xa-cong-bo-iso" })
        template.rows.insert(Row(id: "vii.6.xa-iso-moi", label: "Số UBND cấp xã mới áp dụng ISO trong năm", unit: "Cơ quan, đơn vị",
                                 kind: .count, indent: 0), at: anchor + 1)
        let renamed = try #require(template.rows.firstIndex { $0.id == "i.1.van-ban-chi-dao" })
        template.rows[renamed].label = "Số văn bản chỉ đạo, điều hành CCHC đã ban hành"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(template).write(to: directory.appendingPathComponent("bang2-nam.json"))
        return directory
    }

    @Test("different versions of a template: rows only one side has are added / removed, never dropped")
    func versionMismatch() throws {
        let directory = try Self.olderTemplates()
        defer { try? FileManager.default.removeItem(at: directory) }
        let oldCatalog = try DiffTestSupport.catalog(directory)
        // The 2020 input with a value for the row only the older version has.
        var text = try String(contentsOfFile: DiffTestSupport.example("diff/bang2-nam-2020.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"vii.6.xa-danh-gia-noi-bo\": 11", with: "\"vii.6.xa-danh-gia-noi-bo\": 11, \"vii.6.xa-iso-moi\": 2")
        // …and without its note on the row the older version does not have.
        text = text.replacingOccurrences(of: ",\n    \"vii.6.xa-xem-xet-lanh-dao\": \"Chưa tổng hợp được\"", with: "")
        let old = try DiffTestSupport.report(json: text, file: "bang2-nam-2020.json", catalog: oldCatalog)
        let new = try DiffTestSupport.report(DiffTestSupport.example("diff/bang2-nam-2021.json"))
        let diff = try Diff(old: DiffSide(report: old), new: DiffSide(report: new))

        #expect(diff.versionsDiffer)
        let removed = try diff.row("vii.6.xa-iso-moi")
        #expect(removed.status == .removed)
        #expect(removed.old == .number(2))
        #expect(removed.new == nil)
        let added = try diff.row("vii.6.xa-xem-xet-lanh-dao")
        #expect(added.status == .added)
        #expect(added.old == nil)
        #expect(diff.statusCounts()[.added] == 1)
        #expect(diff.statusCounts()[.removed] == 1)
        // Every row of both templates is there once; the removed row sits where it stood.
        #expect(diff.rows.count == new.template.rows.count + 1)
        let ids = diff.rows.map(\.id)
        #expect(ids.firstIndex(of: "vii.6.xa-iso-moi") == ids.firstIndex(of: "vii.6.xa-cong-bo-iso")! + 1)
        // The older wording is kept beside the new one.
        let renamed = try diff.row("i.1.van-ban-chi-dao")
        #expect(renamed.label == "Số văn bản chỉ đạo CCHC đã ban hành")
        #expect(renamed.oldLabel == "Số văn bản chỉ đạo, điều hành CCHC đã ban hành")
        #expect(try diff.row("i.1.nhiem-vu-de-ra").oldLabel == nil)
        // Added and removed rows are changes: --only-changed and --threshold keep them.
        let kept = diff.rows(DiffFilter(threshold: 50)).map(\.id)
        #expect(kept.contains("vii.6.xa-iso-moi") && kept.contains("vii.6.xa-xem-xet-lanh-dao"))
    }

    @Test("pairing rows of two versions keeps both orders")
    func pairing() throws {
        func template(_ ids: [String]) throws -> Template {
            let json = #"{"id": "t", "name": "t", "sheetName": "t", "period": "year", "columns": [{"role": "value"}], "header": [], "rows": []}"#
            var template = try JSONDecoder().decode(Template.self, from: Data(json.utf8))
            template.rows = ids.map { Row(id: $0, label: $0, kind: .count) }
            return template
        }
        let old = try DiffTestSupport.report(json: #"{"template": "bang2-nam", "unit": {"name": "x"}, "period": {"year": 2020}, "values": {}}"#, file: "x.json")
        var a = old, b = old
        a.template = try template(["x", "a", "b", "c", "d"])
        a.rows = a.template.rows.map { FilledRow(row: $0, values: [.number(1)]) }
        b.template = try template(["a", "c", "e", "d", "f"])
        b.rows = b.template.rows.map { FilledRow(row: $0, values: [.number(1)]) }
        b.source = "y.json"
        let diff = try Diff(old: DiffSide(report: a), new: DiffSide(report: b))
        #expect(diff.rows.map(\.id) == ["x", "a", "b", "c", "e", "d", "f"])
        #expect(diff.rows.map(\.status) == [.removed, .unchanged, .removed, .unchanged, .added, .unchanged, .added])
    }

    @Test("different templates altogether: an error naming both")
    func differentTemplates() throws {
        let bang2 = try DiffTestSupport.report(DiffTestSupport.example("diff/bang2-nam-2021.json"))
        let targets = try DiffTestSupport.report(DiffTestSupport.example("muc-tieu-30c.json"))
        #expect {
            try Diff(old: DiffSide(report: bang2), new: DiffSide(report: targets))
        } throws: { error in
            guard let error = error as? CCHCError,
                  case .diffImpossible(.differentTemplates(let oldFile, let oldTemplate, _, let newFile, let newTemplate, _)) = error.problem
            else { return false }
            return oldTemplate == "bang2-nam" && newTemplate == "muc-tieu-30c"
                && oldFile.hasSuffix("bang2-nam-2021.json") && newFile.hasSuffix("muc-tieu-30c.json")
                && error.finding.code == .diffImpossible && error.exitStatus == 2
        }
    }

    // MARK: Per-year input

    @Test("two years of one per-year input, the last cut off at 31/3")
    func yearsOfOneInput() throws {
        let report = try DiffTestSupport.report(DiffTestSupport.example("tong-ket-2011-2020.json"))
        let diff = try Diff(report: report, years: 2019, 2020)
        #expect(diff.titles(.vietnamese) == ("Năm 2019", "Năm 2020 (Tính đến 31/3)"))
        #expect(!diff.old.isCutOff && diff.new.isCutOff)
        let reviewed = try diff.row("1.tthc-ra-soat")  // 254 → 58
        #expect(reviewed.status == .changed)
        #expect(reviewed.change == -196)
        let rate = try diff.row("5.ty-le-dung-han-huyen")  // 9.815/9.838 → 2.493/2.497
        #expect(close(rate.change, (2493.0 / 2497 * 100 - 9815.0 / 9838 * 100)))
        #expect(rate.oldCounts == DiffCounts(numerator: 9815, denominator: 9838))
        #expect(rate.newCounts == DiffCounts(numerator: 2493, denominator: 2497))
        // A rate derived from two rows: 10/10 → 1/2.
        let handled = try diff.row("3.ty-le-da-xu-ly")
        #expect(handled.oldCounts == DiffCounts(numerator: 10, denominator: 10))
        #expect(close(handled.change, (50 - 100)))
        #expect(try diff.row("4.tthc-tinh").status == .notReported)  // not given any year

        let early = try Diff(report: report, years: 2016, 2017)
        #expect(try early.row("4.bon-tai-cho").status == .notReported)  // first given for 2017
        #expect(early.titles(.vietnamese) == ("Năm 2016", "Năm 2017"))
    }

    /// The error of a diff that cannot be made.
    static func impossible(_ problem: DiffProblem) -> CCHCError { CCHCError(.diffImpossible(problem)) }

    @Test("years that cannot be compared are diff.impossible errors that say why")
    func yearErrors() throws {
        let report = try DiffTestSupport.report(DiffTestSupport.example("tong-ket-2011-2020.json"))
        #expect(throws: Self.impossible(.yearNotInReport(file: report.source, year: 2009, available: Array(2011...2020)))) {
            try Diff(report: report, years: 2009, 2020)
        }
        #expect(throws: Self.impossible(.sameColumn(file: report.source, year: 2019))) { try Diff(report: report, years: 2019, 2019) }
        #expect(throws: Self.impossible(.needsYear(file: report.source, template: "tong-ket-2011-2020", available: Array(2011...2020)))) {
            try DiffSide(report: report)
        }
        let annual = try DiffTestSupport.report(DiffTestSupport.example("diff/bang2-nam-2021.json"))
        #expect(throws: Self.impossible(.notPerYear(file: annual.source, template: "bang2-nam"))) { try Diff(report: annual, years: 2020, 2021) }
        #expect(throws: Self.impossible(.yearNotInReport(file: annual.source, year: 2020, available: [2021]))) {
            try DiffSide(report: annual, year: 2020)
        }
        // The way out, in either language: the last two years as the flag to give.
        let needsYear = Problem.diffImpossible(.needsYear(file: "a.json", template: "t", available: Array(2011...2020)))
        #expect(Catalogue.vietnamese.message(needsYear).contains("--years 2019 2020"))
        #expect(Catalogue.english.message(needsYear).contains("--years 2019 2020"))
    }

    // MARK: Keyed columns and text

    @Test("a contact table compares each field of each row")
    func keyedFields() throws {
        let old = try DiffTestSupport.report(DiffTestSupport.example("can-bo-dau-moi.json"))
        var text = try String(contentsOfFile: DiffTestSupport.example("can-bo-dau-moi.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"Phó Chủ tịch UBND huyện\"", with: "\"Chủ tịch UBND huyện\"")
        text = text.replacingOccurrences(of: "\"year\": 2021", with: "\"year\": 2022")
        let new = try DiffTestSupport.report(json: text, file: "2022.json")
        let diff = try Diff(old: DiffSide(report: old), new: DiffSide(report: new))
        let position = try diff.row("lanh-dao-phu-trach-cchc", field: "chuc_vu")
        #expect(position.status == .changed)
        #expect(try diff.row("lanh-dao-phu-trach-cchc", field: "ho_ten").status == .unchanged)
        #expect(diff.rows.filter { $0.id == "lanh-dao-phu-trach-cchc" }.map(\.field) == ["ho_ten", "chuc_vu", "trinh_do", "lien_he"])
    }

    @Test("values and changes are written the Vietnamese way")
    func formatting() {
        let vi = NumberText.vietnamese
        #expect(vi.twoDecimals(99.9) == "99,90")
        #expect(vi.twoDecimals(100) == "100,00")
        #expect(vi.twoDecimals(99.951) == "99,95")
        #expect(vi.signed(-0.05, twoDecimals: true) == "-0,05")
        #expect(vi.signed(1234, twoDecimals: false) == "+1.234")
        #expect(vi.signed(0, twoDecimals: true) == "0,00")
        #expect(vi.signed(-0.001, twoDecimals: true) == "0,00")
        #expect(CellText.text(.number(10248)) == "10.248")
        #expect(CellText.text(.number(98.8), kind: .percent) == "98,80")
        #expect(CellText.text(.fraction(numerator: 24, denominator: 24)) == "24/24")
        #expect(CellText.text(.pass(false)) == "Không đạt")
        #expect(CellText.counts(numerator: 10243, denominator: 10248) == "10.243/10.248")
        #expect(CellText.counts(numerator: 1085, denominator: nil) == "1.085/?")
        #expect(CellText.counts(numerator: 10243, denominator: 10248, unit: "hồ sơ") == "10.243/10.248 hồ sơ")
        #expect(CellText.counts(numerator: nil, denominator: nil) == nil)
    }

    @Test("the summary counts each status, in the catalogue's words")
    func summary() throws {
        let diff = try DiffTestSupport.bang2Diff()
        let counts = diff.statusCounts()
        #expect(counts.values.reduce(0, +) == diff.rows.filter { !$0.isHeading }.count)
        #expect(counts[.added] == nil && counts[.removed] == nil)
        let changed = try #require(counts[.changed]), unchanged = try #require(counts[.unchanged])
        #expect(diff.summary(catalogue: .vietnamese).hasPrefix("\(changed) thay đổi, \(unchanged) không đổi"))
        #expect(diff.summary(catalogue: .vietnamese).contains("không báo cáo"))
        #expect(diff.summary(catalogue: .english).hasPrefix("\(changed) changed, \(unchanged) unchanged"))
        #expect(diff.summary(catalogue: .english).contains("not reported"))
        #expect(diff.summary([], catalogue: .vietnamese) == "không có dòng nào")
    }
}
