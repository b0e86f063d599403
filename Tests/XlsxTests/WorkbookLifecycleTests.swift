import Foundation
import Testing
import Xlsx
import XLSXReader

/// A workbook's life: filled, then closed into a file, or dropped and gone without a trace.
@Suite("workbook lifecycle")
struct WorkbookLifecycleTests {
    /// Fills a workbook with one of everything the library is asked to keep: properties, sheets,
    /// styles, formulas, a merge, a drop-down list, a comment, a link, a chart, a defined name.
    static func fill(_ workbook: inout XlsxWorkbook) throws {
        try workbook.setProperties(DocumentProperties(
            title: "Báo cáo kết quả CCHC năm 2021", subject: "Bảng 2", author: "UBND huyện Tân Hòa Đông",
            company: "Tỉnh Phú An", keywords: "CCHC, bang2-nam", comments: "thử",
            created: 1_640_908_800)) // 31/12/2021 00:00 UTC
        let bold = CellStyle().with { $0.bold = true; $0.border = true }
        let percent = CellStyle().with { $0.numberFormat = "0.00%" }
        try workbook.addSheet(named: "Bảng 2") { sheet in
            try sheet.merge(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 3, text: "KẾT QUẢ GIẢI QUYẾT TTHC", style: bold)
            try sheet.write(text: "=not a formula", row: 1, col: 0)
            try sheet.write(text: "Số hồ sơ", row: 2, col: 0)
            try sheet.write(number: 1130, row: 2, col: 1)
            try sheet.write(number: 1129, row: 3, col: 1)
            try sheet.write(formula: "=B4/B3", cached: 1129.0 / 1130.0, row: 4, col: 1, style: percent)
            try sheet.write(formula: "=IF(B5>=0.95,\"Đạt\",\"Không đạt\")", cachedText: "Đạt", row: 5, col: 1)
            try sheet.writeBlank(row: 6, col: 1, style: bold)
            try sheet.write(text: "Đạt", row: 0, col: 7)
            try sheet.write(text: "Không đạt", row: 1, col: 7)
            try sheet.addDropDown(firstRow: 5, firstCol: 2, lastRow: 5, lastCol: 2, source: "=$H$1:$H$2",
                                  title: "Đánh giá", prompt: "Chọn Đạt hoặc Không đạt", errorTitle: "Sai", error: "Chỉ Đạt hoặc Không đạt")
            try sheet.addComment(row: 4, col: 1, text: "Tỷ lệ tính từ số hồ sơ", author: "cchc")
            try sheet.write(link: CellAddress.location(sheet: "Bảng 2", row: 2, col: 1), text: "Về số hồ sơ", row: 7, col: 0)
            try sheet.setColumn(0, width: 30)
            try sheet.setRow(0, height: 30)
            sheet.freezePanes(row: 2, col: 1)
            try sheet.setupPrinting(landscape: true, paper: 9, repeatRows: 0...1, footer: "&P/&N")
        }
        let range = SheetRange(sheet: "Bảng 2", firstRow: 2, firstCol: 1, lastRow: 3, lastCol: 1)
        let labels = SheetRange(sheet: "Bảng 2", firstRow: 2, firstCol: 0, lastRow: 3, lastCol: 0)
        try workbook.insertChart(ChartSpec(kind: .column, title: "Hồ sơ", categoryAxisTitle: "", valueAxisTitle: "Số",
                                           series: [ChartSpec.Series(name: "Số", categories: labels, values: range, cachedValues: [1130, 1129])]),
                                 inSheet: "Bảng 2", row: 10, col: 0, width: 480, height: 288)
        try workbook.defineName("TyLe_2021", refersTo: "=" + CellAddress.absoluteRange(sheet: "Bảng 2", firstRow: 4, firstCol: 1, lastRow: 4, lastCol: 1))
    }

    @Test("a workbook dropped without close() writes nothing at its path, nor beside it")
    func droppedWritesNothing() throws {
        let scratch = try Scratch()
        do {
            var workbook = try XlsxWorkbook(path: scratch.path("dropped.xlsx"))
            try WorkbookLifecycleTests.fill(&workbook)
        }
        #expect(try scratch.contents() == [])
    }

    @Test("a workbook dropped after an error in a sheet writes nothing")
    func droppedAfterErrorWritesNothing() throws {
        let scratch = try Scratch()
        struct Stop: Error {}
        do {
            var workbook = try XlsxWorkbook(path: scratch.path("failed.xlsx"))
            try WorkbookLifecycleTests.fill(&workbook)
            try workbook.addSheet(named: "Kiểm tra") { sheet in
                try sheet.write(text: "giữa chừng", row: 0, col: 0)
                throw Stop()
            }
            Issue.record("the error did not come through")
        } catch is Stop {}
        #expect(try scratch.contents() == [])
    }

    @Test("a closed workbook reads back through an independent reader")
    func readsBack() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("written.xlsx"))
        try WorkbookLifecycleTests.fill(&workbook)
        try workbook.close()
        #expect(try scratch.contents() == ["written.xlsx"])

        let file = try XLSXFile(url: scratch.directory.appendingPathComponent("written.xlsx"))
        #expect(file.sheetNames == ["Bảng 2"])
        #expect(file.coreProperties["dc:title"] == "Báo cáo kết quả CCHC năm 2021")
        #expect(file.coreProperties["dc:creator"] == "UBND huyện Tân Hòa Đông")
        #expect(file.coreProperties["dcterms:created"] == "2021-12-31T00:00:00Z")
        #expect(file.appProperties["Company"] == "Tỉnh Phú An")
        #expect(file.definedName("TyLe_2021")?.refersTo == "'Bảng 2'!$B$5")

        let sheet = try #require(file.sheet("Bảng 2"))
        #expect(sheet.cell("A1")?.text == "KẾT QUẢ GIẢI QUYẾT TTHC")
        #expect(sheet.merge(containing: "B1") == "A1:D1")
        #expect(sheet.cell("A2")?.text == "=not a formula")
        #expect(sheet.cell("A2")?.hasFormula == false)
        #expect(sheet.cell("B3")?.number == 1130)
        let rate = try #require(sheet.cell("B5"))
        #expect(rate.formula == "B4/B3")
        #expect(rate.number == 1129.0 / 1130.0)
        #expect(file.numberFormat(of: rate) == "0.00%")
        #expect(sheet.cell("B6")?.formula == "IF(B5>=0.95,\"Đạt\",\"Không đạt\")")
        #expect(sheet.cell("B6")?.type == .formulaString)
        #expect(sheet.cell("B6")?.text == "Đạt")
        #expect(sheet.cell("B7")?.type == .blank)
        #expect(sheet.dataValidations(at: "C6").count == 1)
        #expect(sheet.comments["B5"] == "Tỷ lệ tính từ số hồ sơ")
        #expect(sheet.hyperlink(at: "A8") != nil)
        #expect(try file.chartParts(inSheet: "Bảng 2").count == 1)
    }

    @Test("the same content gives the same bytes")
    func deterministic() throws {
        let scratch = try Scratch()
        for name in ["a.xlsx", "b.xlsx"] {
            var workbook = try XlsxWorkbook(path: scratch.path(name))
            try WorkbookLifecycleTests.fill(&workbook)
            try workbook.close()
        }
        let a = try Data(contentsOf: scratch.directory.appendingPathComponent("a.xlsx"))
        let b = try Data(contentsOf: scratch.directory.appendingPathComponent("b.xlsx"))
        #expect(a == b)
    }

    @Test("close() into a directory that does not exist gives creatingXlsxFile")
    func closeFails() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("missing/out.xlsx"))
        try workbook.addSheet(named: "S") { sheet in try sheet.write(number: 1, row: 0, col: 0) }
        do {
            try workbook.close()
            Issue.record("closing into a missing directory succeeded")
        } catch {
            #expect(error.code == .creatingXlsxFile)
        }
        #expect(try scratch.contents() == [])
    }
}
