import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// How a form's geometry from its template reaches the sheet: the header laid out with the
/// placement the template was checked with, rows no taller than Excel allows, no more page
/// breaks than a sheet keeps, sheet names written as checked.
@Suite("Template geometry on the sheet")
struct TemplateGeometryTests {
    /// A template `t` read from `json` without its checks (as code may build one), and the report
    /// of `input` for it.
    static func report(template json: String, input: String) throws -> Report {
        let directory = try Repo.temporaryDirectory()
        try Data(json.utf8).write(to: directory.appendingPathComponent("t.json"))
        let catalog = try TemplateCatalog(directory: directory)
        let checked = Pipeline.checkInput(bytes: Array(input.utf8), file: "in.json", catalog: catalog)
        #expect(checked.findings.errorCount == 0, "\(checked.findings.map { Catalogue.english.line($0) })")
        return try #require(checked.report)
    }

    static let input = #"{"template": "t", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {"a": 7}}"#

    static func template(header: String = #"[[{"text": "STT"}, {"text": "Chỉ tiêu"}, {"text": "Số liệu"}]]"#, rows: String? = nil,
                         sheetName: String = "Bảng 1") -> String {
        let rows = rows ?? #"[{"id": "a", "stt": "1", "label": "Số hồ sơ", "kind": "count"}]"#
        return #"{"id": "t", "name": "Thử", "sheetName": "\#(sheetName)", "period": "year", "columns": [{"role": "stt", "width": 6}, {"role": "label", "width": 30}, {"role": "value", "width": 12}], "header": \#(header), "rows": \#(rows)}"#
    }

    @Test("a template made in code with header cells that do not fit: the layout leaves them out, never traps or merges over data, and the writer refuses it rather than lose their text")
    func layoutNeverTraps() throws {
        let report = try Self.report(template: Self.template(), input: Self.input)
        var report2 = report
        report2.template.header = [[HeaderCell(text: "STT", rows: 3), HeaderCell(text: "Chỉ tiêu", cols: 70_000),
                                    HeaderCell(text: "Số liệu", rows: Int.max, cols: Int.max), HeaderCell(text: "Thêm")]]
        let layout = FormLayout(report: report2)
        #expect(layout.headerCells.isEmpty, "\(layout.headerCells)")  // the first cell runs into the data: the row stops there
        report2.template.header = [[HeaderCell(text: "STT"), HeaderCell(text: "Chỉ tiêu"), HeaderCell(text: "Số liệu"), HeaderCell(text: "Thêm")]]
        let wider = FormLayout(report: report2)
        #expect(wider.headerCells.map(\.text) == ["STT", "Chỉ tiêu", "Số liệu"])
        #expect(wider.headerCells.allSatisfy { $0.col + $0.colSpan <= wider.visibleColumnCount && $0.row + $0.rowSpan <= wider.headerRowCount })
        #expect(wider.flaw(for: report2) == .headerOutsideTable(row: 0, column: 3, columns: 3))
        let directory = try Repo.temporaryDirectory()
        let output = directory.appendingPathComponent("t.xlsx")
        #expect {
            try WorkbookWriter.write(report: report2, to: output.path)
        } throws: { error in
            (error as? CCHCError)?.problem == .unwritable(.layout(template: "t", appendix: nil, flaw: .headerOutsideTable(row: 0, column: 3, columns: 3)))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        // Without the cell that does not fit, the same report is written, its value where it belongs.
        report2.template.header = [[HeaderCell(text: "STT"), HeaderCell(text: "Chỉ tiêu"), HeaderCell(text: "Số liệu")]]
        try WorkbookWriter.write(report: report2, to: output.path)
        let sheet = try #require(try XLSXFile(url: output).sheets.first)
        #expect(sheet.cell(row: wider.firstDataRow, col: 2)?.number == 7)
    }

    @Test("a label longer than a page: its row is 409 points, Excel's tallest, and the text is whole")
    func tallestRow() throws {
        let label = String(repeating: "Chỉ tiêu thống kê rất dài ", count: 1_200)
        let report = try Self.report(template: Self.template(rows: #"[{"id": "a", "stt": "1", "label": "\#(label)", "kind": "count"}]"#),
                                     input: Self.input)
        let output = try Repo.temporaryDirectory().appendingPathComponent("t.xlsx")
        try WorkbookWriter.write(report: report, to: output.path)
        let sheet = try #require(try XLSXFile(url: output).sheets.first)
        let row = FormLayout(report: report).firstDataRow
        #expect(sheet.rowHeights[row + 1] == 409, "\(sheet.rowHeights[row + 1] ?? 0)")  // 1-based
        #expect(sheet.cell(row: row, col: 1)?.text == label)
        #expect(sheet.rowHeights.values.allSatisfy { $0 <= 409 })
    }

    @Test("a form of more pages than a sheet keeps breaks for: the first 1,023 are set, the workbook is written (it failed)")
    func manyPages() throws {
        let label = String(repeating: "Số hồ sơ đã tiếp nhận trong kỳ ", count: 12)
        let rows = (0..<5_000).map { #"{"id": "r\#($0)", "stt": "\#($0 + 1)", "label": "\#(label)", "kind": "count"}"# }.joined(separator: ",")
        let input = #"{"template": "t", "unit": {"name": "UBND xã Thử Nghiệm"}, "period": {"year": 2022}, "values": {"r1": 7}}"#
        let report = try Self.report(template: Self.template(rows: "[\(rows)]"), input: input)
        let output = try Repo.temporaryDirectory().appendingPathComponent("t.xlsx")
        try WorkbookWriter.write(report: report, to: output.path)
        let sheet = try #require(try XLSXFile(url: output).sheets.first)
        #expect(sheet.rowBreaks.count == 1_023)
        #expect(sheet.cell(row: FormLayout(report: report).firstDataRow + 1, col: 2)?.number == 7)
    }

    @Test("a sheet name given in decomposed Unicode is written composed, as it was checked (it failed in the library)")
    func decomposedSheetName() throws {
        let name = "Bảng thống kê số liệu cải cách "
        let report = try Self.report(template: Self.template(sheetName: name.decomposedStringWithCanonicalMapping), input: Self.input)
        let output = try Repo.temporaryDirectory().appendingPathComponent("t.xlsx")
        try WorkbookWriter.write(report: report, to: output.path)
        #expect(try XLSXFile(url: output).sheets.first?.name == name)
    }
}
