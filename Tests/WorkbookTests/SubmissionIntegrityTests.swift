import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Model
import Testing
import Workbook
import XLSXReader

/// Whatever a submission gives, the workbook written is well formed: text echoed from the input
/// (keys, row ids, answers) is escaped, defined names and chart sheets never clash, sheet names
/// are written in one Unicode form, and the creation date is one a workbook can hold.
@Suite("submission workbooks stay well formed")
struct SubmissionIntegrityTests {
    /// Every XML part of the file parses (Foundation's XMLParser refuses U+FFFE, a NUL, a BEL).
    static func expectWellFormed(_ url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = try XLSXFile(url: url)
        for (name, data) in file.parts where name.hasSuffix(".xml") || name.hasSuffix(".rels") || name.hasSuffix(".vml") {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(name): \(parser.parserError.map(String.init(describing:)) ?? "")", sourceLocation: sourceLocation)
        }
    }

    /// Reads and writes a submission given as text (appendix files beside it in `directory`).
    static func write(_ json: String, in directory: URL, catalog: TemplateCatalog? = nil) throws -> (Pipeline.CheckedSubmission, URL) {
        let file = directory.appendingPathComponent("submission.json")
        try Data(json.utf8).write(to: file)
        let checked = Pipeline.checkSubmission(at: file.path, catalog: try catalog ?? Repo.catalog())
        #expect(checked.decision(allowingErrors: true) == .write, "\(checked.findings.map(Catalogue.english.line))")
        let out = directory.appendingPathComponent("out.xlsx")
        try SubmissionWriter.write(try #require(checked.submission), to: out.path)
        return (checked, out)
    }

    @Test("U+FFFE and U+FFFF in keys, row ids, answers and notes: findings escape them, and every part of the workbook parses")
    func nonCharacters() throws {
        let dir = try Repo.temporaryDirectory()
        let json = """
        {"unit": {"name": "UBND huyện Thử", "x\u{FFFE}y": 1}, "period": {"year": 2021},
         "report": {"title": "Báo cáo \u{FFFE} năm", "number": "1/BC", "date": "2021-12-20", "place": "Thử\u{FFFF}"},
         "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"}, "recipients": ["Sở\u{FFFE}"],
         "appendices": [{"template": "muc-tieu-30c", "sheet": "Phụ \u{FFFF} lục",
                         "data": {"values": {"muc-tieu-1": "Đ\u{FFFF}ạt", "zz\u{FFFE}": 1}, "notes": {"muc-tieu-2": "ghi \u{FFFE} chú"}}}]}
        """
        let (checked, out) = try Self.write(json, in: dir)
        let codes = checked.findings.map(\.code)
        #expect(codes.filter { $0 == .textControlCharacter }.count == 5, "\(checked.findings.map(Catalogue.english.line))")
        #expect(codes.contains(.inputUnknownKey) && codes.contains(.inputUnknownRow) && codes.contains(.valueNotPass))
        for finding in checked.findings {
            let line = Catalogue.vietnamese.line(finding)
            #expect(!line.unicodeScalars.contains { $0.value >= 0xFFFE && $0.value <= 0xFFFF }, "\(line)")
        }
        try Self.expectWellFormed(out)
        let file = try XLSXFile(url: out)
        #expect(file.sheetNames == ["Thông tin chung", "Phụ lục 3", "Kiểm tra", EntryMap.sheetName])
        #expect(file.sheet("Kiểm tra")?.orderedCells.contains { $0.text?.contains(#"\uFFFE"#) == true } == true)
    }

    @Test("a report dated before 1000: a finding, and with errors allowed the creation date comes from the period")
    func earlyDate() throws {
        let dir = try Repo.temporaryDirectory()
        let (checked, out) = try Self.write("""
        {"unit": {"name": "UBND huyện Thử"}, "period": {"year": 2021},
         "report": {"number": "1/BC", "date": "0999-12-31"}, "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
         "appendices": [{"template": "muc-tieu-30c", "data": {"values": {}}}]}
        """, in: dir)
        #expect(checked.findings.contains { $0.code == .periodDateOutOfRange })
        let file = try XLSXFile(url: out)
        #expect(file.coreProperties["dcterms:created"] == "2021-12-31T00:00:00Z", "\(file.coreProperties)")
    }

    /// Templates `d` (rate rows `a.b` and `a-b`) and `d-a` (rate row `b`), per year.
    static func clashingTemplates() throws -> TemplateCatalog {
        let dir = try Repo.temporaryDirectory()
        func template(_ id: String, sheet: String, rates: [String]) -> [String: Any] {
            var rows: [[String: Any]] = []
            for (i, rate) in rates.enumerated() {
                rows.append(["id": rate + "-n", "stt": "\(i + 1)", "label": "Số \(rate)", "unit": "Hồ sơ", "kind": "count"])
                rows.append(["id": rate, "stt": "\(i + 1)a", "label": "Tỷ lệ \(rate)", "unit": "%", "kind": "percent",
                             "derived": ["numerator": ["label": "Tử số \(rate)"], "denominator": ["label": "Mẫu số \(rate)"]]])
            }
            return ["id": id, "name": "Biểu \(id)", "sheetName": sheet, "period": "years",
                    "columns": [["role": "stt"], ["role": "label"], ["role": "years"]],
                    "header": [[["text": "STT"], ["text": "Chỉ tiêu"], ["text": "Năm {y}", "repeats": "years"]]], "rows": rows]
        }
        for (id, sheet, rates) in [("d", "Bảng D", ["a.b", "a-b"]), ("d-a", "Bảng DA", ["b"])] {
            try JSONSerialization.data(withJSONObject: template(id, sheet: sheet, rates: rates)).write(to: dir.appendingPathComponent("\(id).json"))
        }
        return try TemplateCatalog(directory: dir)
    }

    @Test("row ids and template ids that map to the same defined name get unique names; sheets whose first 21 characters agree get unique chart sheets")
    func clashingNames() throws {
        let dir = try Repo.temporaryDirectory()
        func rate(_ id: String) -> String { #""\#(id)": {"2019": {"numerator": 1, "denominator": 2}, "2020": {"numerator": 2, "denominator": 3}}"# }
        let sheets = ["Phụ lục số liệu năm giai đoạn A", "Phụ lục số liệu năm giai đoạn B", "Phụ lục số liệu năm giai đoạn C"]
        let (checked, out) = try Self.write("""
        {"unit": {"name": "UBND huyện Thử"}, "period": {"from": 2019, "to": 2020},
         "report": {"number": "1/BC", "date": "2020-12-20"}, "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
         "appendices": [{"template": "d", "sheet": "\(sheets[0])", "data": {"values": {\(rate("a.b")), \(rate("a-b"))}}},
                        {"template": "d-a", "sheet": "\(sheets[1])", "data": {"values": {\(rate("b"))}}},
                        {"template": "d", "sheet": "\(sheets[2])", "data": {"values": {\(rate("a.b"))}}}]}
        """, in: dir, catalog: try Self.clashingTemplates())
        #expect(checked.findings.isEmpty, "\(checked.findings.map(Catalogue.english.line))")
        try Self.expectWellFormed(out)
        let file = try XLSXFile(url: out)
        let names = file.definedNames.filter { !$0.name.hasPrefix("_xlnm.") }
        #expect(Set(names.map { $0.name.lowercased() }).count == names.count, "\(names.map(\.name))")
        // Rate rows: 2 (d) + 1 (d-a) + 2 (d again), each for 2 years; and 2 years × 3 appendices.
        #expect(names.count == 10 + 6)
        // Each rate cell has its own name: no two names point at the same cell.
        #expect(Set(names.map(\.refersTo)).count == names.count)
        // The first in order keeps the plain name.
        #expect(file.definedName("TyLe_d_a_b_2019")?.refersTo == "'\(sheets[0])'!$C$5")
        let charts = Array(file.sheetNames.dropLast().suffix(3))  // before the hidden map
        #expect(Set(charts.map { $0.lowercased() }).count == 3 && charts.allSatisfy { $0.hasPrefix("Biểu đồ - ") }, "\(charts)")
        for name in charts { #expect(SheetName.problem(name) == nil, "\(name)") }
        // The same bytes again.
        let again = dir.appendingPathComponent("again.xlsx")
        try SubmissionWriter.write(try #require(checked.submission), to: again.path)
        #expect(try Data(contentsOf: again) == Data(contentsOf: out))
    }

    @Test("chart sheet names: cut at 31 UTF-16 units, never inside a character, numbered when they would be the same sheet")
    func chartSheetNames() {
        let taken = ["Thông tin chung", "Kiểm tra", "Biểu đồ - Bảng 2"]
        let names = SubmissionWriter.chartSheetNames(for: ["Bảng 2", "Phụ lục số liệu năm giai đoạn A", "Phụ lục số liệu năm giai đoạn B", "Thử 😀😀😀😀😀😀😀😀😀😀"],
                                                     taken: taken)
        #expect(names[0] == "Biểu đồ - Bảng 2 (2)")
        #expect(names[1] == "Biểu đồ - Phụ lục số liệu năm g")
        #expect(names[2] == "Biểu đồ - Phụ lục số liệu n (2)")
        for name in names { #expect(SheetName.problem(name) == nil && name.utf16.count <= 31, "\(name)") }
        #expect(Set((names + taken).map(SheetName.comparisonKey)).count == names.count + taken.count)
    }

    @Test("a sheet name typed in decomposed Unicode is written in NFC, and counted as Excel counts it")
    func decomposedSheetName() throws {
        let dir = try Repo.temporaryDirectory()
        // 31 characters in NFC; more code points decomposed.
        let name = "Phụ lục mục tiêu cải cách hành"
        let decomposed = name.decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > 31 && name.utf16.count <= 31)
        let (checked, out) = try Self.write("""
        {"unit": {"name": "UBND huyện Thử"}, "period": {"year": 2021},
         "report": {"number": "1/BC", "date": "2021-12-20"}, "signer": {"title": "CHỦ TỊCH", "name": "Nguyễn Văn A"},
         "appendices": [{"template": "muc-tieu-30c", "sheet": "\(decomposed)", "data": {"values": {}}}]}
        """, in: dir)
        #expect(checked.findings.filter { $0.severity == .error }.isEmpty)
        #expect(checked.submission?.appendices.first?.sheetName.unicodeScalars.elementsEqual(name.unicodeScalars) == true)
        #expect(try XLSXFile(url: out).sheetNames.contains(name))
    }
}
