import Foundation
import Model
import Testing
import Workbook
import XLSXReader

/// The `So sánh` workbook of `cchc diff --xlsx`, written and read back with the independent reader,
/// and recalculated by LibreOffice.
@Suite("cchc diff: the So sánh workbook")
struct DiffSheetTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    static func report(_ name: String, catalog: TemplateCatalog? = nil) throws -> Report {
        let checked = Pipeline.checkInput(at: examples.appendingPathComponent(name).path, catalog: try catalog ?? Repo.catalog())
        #expect(checked.findings.filter { $0.severity == .error }.isEmpty, "\(checked.findings.map(\.code))")
        return try #require(checked.report)
    }

    /// The two example years of bang2-nam.
    static func bang2() throws -> Diff {
        try Diff(old: DiffSide(report: report("diff/bang2-nam-2020.json")), new: DiffSide(report: report("diff/bang2-nam-2021.json")))
    }

    /// Writes the sheet and reads it back.
    static func written(_ diff: Diff, filter: DiffFilter = DiffFilter()) throws -> (DiffSheet, URL, Worksheet, XLSXFile) {
        let url = try Repo.temporaryDirectory().appendingPathComponent("so-sanh.xlsx")
        try DiffSheet.write(diff, filter: filter, to: url.path)
        let book = try XLSXFile(url: url)
        let sheet = try #require(book.sheet(DiffSheet.sheetName))
        return (DiffSheet(diff: diff, filter: filter), url, sheet, book)
    }

    /// The 1-based sheet row whose label (column B) is `label`, found by reading the sheet.
    static func row(labelled label: String, in sheet: Worksheet) throws -> Int {
        let cell = try #require(sheet.cells(inColumn: 1).first { $0.text == label }, "no row labelled \(label)")
        return cell.ref.row + 1
    }

    @Test("one sheet So sánh: title, the column headers, print-ready")
    func layout() throws {
        let (layout, _, sheet, book) = try Self.written(try Self.bang2())
        #expect(book.worksheetNames == ["So sánh"])
        #expect(sheet.cell("A1")?.text == "SO SÁNH SỐ LIỆU NĂM 2020 VÀ NĂM 2021")
        #expect(sheet.merges.contains("A1:H1"))
        #expect(book.style(of: try #require(sheet.cell("A1"))).bold)
        let header = layout.headerRow + 1
        let texts = (0..<8).map { sheet.cell(row: header - 1, col: $0)?.text }
        #expect(texts == ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2020", "Năm 2021", "Chênh lệch", "Tỷ lệ thay đổi (%)", "Ghi chú"])
        #expect(sheet.cells(inColumn: 0).contains { $0.text?.hasPrefix("Đơn vị báo cáo: UBND huyện Tân Hòa Đông") ?? false })
        // Print setup like the forms: landscape A4, one page wide, header row repeated, panes frozen.
        #expect(sheet.pageSetup["orientation"] == "landscape")
        #expect(sheet.pageSetup["paperSize"] == "9")
        #expect(sheet.pageSetup["fitToPage"] == "1" && sheet.pageSetup["fitToHeight"] == "0")
        #expect(sheet.printTitles?.hasSuffix("$\(header):$\(header)") ?? false)
        #expect(sheet.frozenPane?.row == layout.firstDataRow)
        #expect(sheet.frozenPane?.col == 2)
        #expect(sheet.headerFooter["oddFooter"]?.contains("&P") ?? false)
        // Every row of the form is there (headings included), in order.
        let labels = sheet.cells(inColumn: 1).filter { $0.ref.row >= layout.firstDataRow }.compactMap(\.text)
        #expect(labels.count == layout.rows.count)
        #expect(Array(labels.prefix(3)) == ["Công tác chỉ đạo điều hành CCHC", "Kế hoạch CCHC", "Số nhiệm vụ đề ra trong kế hoạch"])
    }

    @Test("a count: both years as numbers, the differences as formulas with cached values")
    func countRow() throws {
        let (_, _, sheet, book) = try Self.written(try Self.bang2())
        let r = try Self.row(labelled: "Số nhiệm vụ đề ra trong kế hoạch", in: sheet)
        #expect(sheet.cell("D\(r)")?.number == 38)
        #expect(sheet.cell("E\(r)")?.number == 42)
        let change = try #require(sheet.cell("F\(r)"))
        #expect(change.formula == "IF(AND(ISNUMBER(D\(r)),ISNUMBER(E\(r))),E\(r)-D\(r),\"\")")
        #expect(change.isNumeric && change.number == 4)
        #expect(book.numberFormat(of: change) == "+#,##0;-#,##0;0")
        let percent = try #require(sheet.cell("G\(r)"))
        #expect(percent.formula == "IF(AND(ISNUMBER(D\(r)),ISNUMBER(E\(r)),D\(r)<>0),(E\(r)-D\(r))/D\(r)*100,\"\")")
        #expect(abs(try #require(percent.number) - 4.0 / 38 * 100) < 1e-9)
        #expect(book.numberFormat(of: percent) == "+0.00;-0.00;0.00")
        #expect(book.numberFormat(of: try #require(sheet.cell("D\(r)"))) == "#,##0")
        // A decrease.
        let down = try Self.row(labelled: "Số vấn đề phát hiện qua kiểm tra", in: sheet)
        #expect(sheet.cell("F\(down)")?.number == -3)
    }

    @Test("a rate: percentage points, and the counts of both years in the note")
    func rateRow() throws {
        let (_, _, sheet, book) = try Self.written(try Self.bang2())
        let r = try Self.row(labelled: "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hẹn", in: sheet)
        let old = 9575.0 / 9620 * 100, new = 10243.0 / 10248 * 100
        #expect(abs(try #require(sheet.cell("D\(r)")?.number) - old) < 1e-9)
        #expect(abs(try #require(sheet.cell("E\(r)")?.number) - new) < 1e-9)
        #expect(book.numberFormat(of: try #require(sheet.cell("D\(r)"))) == "0.00")
        #expect(abs(try #require(sheet.cell("F\(r)")?.number) - (new - old)) < 1e-9)
        #expect(book.numberFormat(of: try #require(sheet.cell("F\(r)"))) == "+#,##0.00;-#,##0.00;0.00")
        #expect(sheet.cell("H\(r)")?.text == "9.575/9.620 → 10.243/10.248 hồ sơ")
    }

    @Test("not reported is shown as such, and its differences stay blank")
    func notReported() throws {
        let (_, _, sheet, _) = try Self.written(try Self.bang2())
        let r = try Self.row(labelled: "Số viên chức được tuyển dụng theo trường hợp đặc biệt.", in: sheet)
        #expect(sheet.cell("D\(r)")?.number == 1)
        #expect(sheet.cell("E\(r)")?.text == "không báo cáo")
        #expect(sheet.cell("E\(r)")?.isNumeric == false)
        #expect(sheet.cell("F\(r)")?.isNumeric != true)
        #expect(sheet.cell("G\(r)")?.isNumeric != true)
        #expect(sheet.cell("H\(r)")?.text == "Năm 2021 không báo cáo")
    }

    @Test("a coded answer shows the change of label as text")
    func codedRow() throws {
        let (_, _, sheet, _) = try Self.written(try Self.bang2())
        let r = try Self.row(labelled: "Hình thức khảo sát", in: sheet)
        #expect(sheet.cell("D\(r)")?.text == "Phát phiếu")
        #expect(sheet.cell("E\(r)")?.text == "Kết hợp")
        let change = try #require(sheet.cell("F\(r)"))
        #expect(change.text == "Phát phiếu → Kết hợp")
        #expect(change.formula == nil)
    }

    @Test("increases and decreases are shaded by conditional formats over the differences")
    func shading() throws {
        let (layout, _, sheet, book) = try Self.written(try Self.bang2())
        let first = layout.firstDataRow + 1, last = layout.firstDataRow + layout.rows.count
        #expect(sheet.conditionalFormats.count == 2)
        for rule in sheet.conditionalFormats {
            #expect(rule.sqref == "F\(first):G\(last)")
            #expect(rule.type == "expression")
        }
        let increase = try #require(sheet.conditionalFormats.first { $0.formulas == ["AND(ISNUMBER($F\(first)),$F\(first)>0)"] })
        let decrease = try #require(sheet.conditionalFormats.first { $0.formulas == ["AND(ISNUMBER($F\(first)),$F\(first)<0)"] })
        #expect(book.dxf(try #require(increase.dxfId))?.fillColor == "FFDDEBF7")
        #expect(book.dxf(try #require(decrease.dxfId))?.fillColor == "FFFCE4D6")
        let r = try Self.row(labelled: "Số nhiệm vụ đề ra trong kế hoạch", in: sheet)
        #expect(sheet.conditionalFormats(at: "F\(r)").count == 2)
        #expect(sheet.conditionalFormats(at: "G\(r)").count == 2)
        #expect(sheet.conditionalFormats(at: "E\(r)").isEmpty)
    }

    @Test("--only-changed leaves out unchanged rows and says so under the title")
    func onlyChanged() throws {
        let (layout, _, sheet, _) = try Self.written(try Self.bang2(), filter: DiffFilter(onlyChanged: true))
        let labels = Set(sheet.cells(inColumn: 1).compactMap(\.text))
        #expect(!labels.contains("Số đơn vị trực thuộc đã kiểm tra"))
        #expect(labels.contains("Số nhiệm vụ đề ra trong kế hoạch"))
        #expect(sheet.cells(inColumn: 0).contains { $0.text == "Chỉ gồm các chỉ tiêu có thay đổi." })
        #expect(layout.rows.filter { !$0.isHeading }.allSatisfy { $0.isChange })
    }

    @Test("two years of one per-year input: the cut-off year is named as such")
    func perYear() throws {
        let diff = try Diff(report: Self.report("tong-ket-2011-2020.json"), years: 2019, 2020)
        let (layout, _, sheet, _) = try Self.written(diff)
        #expect(sheet.cell(row: layout.headerRow, col: 4)?.text == "Năm 2020 (Tính đến 31/3)")
        #expect(sheet.cells(inColumn: 0).contains { $0.text?.hasPrefix("Số liệu năm 2020 tính đến ngày 31/03/2020") ?? false })
        let r = try Self.row(labelled: "Tỷ lệ phản ánh, kiến nghị đã xử lý", in: sheet)
        #expect(sheet.cell("F\(r)")?.number == -50)
        #expect(sheet.cell("H\(r)")?.text == "10/10 → 1/2 ý kiến")
    }

    @Test("rows of two template versions: added and removed rows, with a note")
    func versions() throws {
        // An older bang2-nam without the row vii.6.xa-xem-xet-lanh-dao.
        let directory = try Repo.temporaryDirectory()
        var template = try Repo.catalog().template(id: "bang2-nam")
        template.version = "2020"
        template.rows.removeAll { $0.id == "vii.6.xa-xem-xet-lanh-dao" }
        try JSONEncoder().encode(template).write(to: directory.appendingPathComponent("bang2-nam.json"))
        var text = try String(contentsOf: Self.examples.appendingPathComponent("diff/bang2-nam-2020.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: ",\n    \"vii.6.xa-xem-xet-lanh-dao\": \"Chưa tổng hợp được\"", with: "")
        let input = try Repo.writeInput(text, named: "bang2-nam-2020.json", in: try Repo.temporaryDirectory())
        let oldResult = Pipeline.checkInput(at: input.path, catalog: try TemplateCatalog(directory: directory))
        #expect(oldResult.findings.filter { $0.severity == .error }.isEmpty, "\(oldResult.findings.map(\.code))")
        let diff = try Diff(old: DiffSide(report: try #require(oldResult.report)), new: DiffSide(report: Self.report("diff/bang2-nam-2021.json")))
        let (_, _, sheet, _) = try Self.written(diff)
        let r = try Self.row(labelled: "Số UBND cấp xã xem xét của lãnh đạo đối với hệ thống QLCL", in: sheet)
        #expect(sheet.cell("D\(r)")?.text == "—")
        #expect(sheet.cell("E\(r)")?.text == "không báo cáo")
        #expect(sheet.cell("H\(r)")?.text == "Chỉ có trong mẫu của Năm 2021 (phiên bản 2021)")
        #expect(sheet.cells(inColumn: 0).contains { $0.text?.contains("Năm 2020 theo phiên bản 2020, Năm 2021 theo phiên bản 2021") ?? false })
    }

    @Test("the same comparison gives the same bytes")
    func deterministic() throws {
        let (_, first, _, _) = try Self.written(try Self.bang2())
        let (_, second, _, _) = try Self.written(try Self.bang2())
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test("LibreOffice recalculates every difference to its cached value", arguments: ["bang2", "tong-ket"])
    func libreOfficeAgrees(_ which: String) throws {
        try #require(LibreOffice.executable != nil, "soffice not found on PATH: install libreoffice-calc-nogui")
        let diff = which == "bang2" ? try Self.bang2() : try Diff(report: Self.report("tong-ket-2011-2020.json"), years: 2019, 2020)
        let (_, url, sheet, _) = try Self.written(diff)
        let csv = try LibreOffice.recalculatedCSV(of: url)
        let grid = try #require(csv[DiffSheet.sheetName], "sheets: \(csv.keys.sorted())")
        var numbers = 0, blanks = 0
        for cell in sheet.orderedCells where cell.formula != nil {
            let text = grid.value(at: cell.ref.a1) ?? ""
            if let cached = cell.number {
                let recalculated = try #require(Double(text), "\(cell.ref.a1): LibreOffice gave \"\(text)\" for \(cell.formula ?? "")")
                #expect(abs(recalculated - cached) < 1e-9 * max(1, abs(cached)), "\(cell.ref.a1) \(cell.formula ?? ""): \(recalculated) vs \(cached)")
                numbers += 1
            } else {
                #expect(text == "", "\(cell.ref.a1): blank cached, LibreOffice gave \"\(text)\"")
                blanks += 1
            }
        }
        #expect(numbers > 20)
        if which == "bang2" { #expect(blanks > 0) }  // 0 → 0 has no relative change
    }
}
