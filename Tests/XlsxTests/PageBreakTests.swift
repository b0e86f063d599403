import Foundation
import Testing
import Xlsx
import XLSXReader

/// Manual page breaks: written where asked, refused (with the offending value) where Excel cannot
/// have them.
@Suite("page breaks")
struct PageBreakTests {
    @Test("the breaks are written in order, once each, and read back as the rows that start a page")
    func written() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("breaks.xlsx"))
        try workbook.addSheet(named: "Bảng 2") { sheet in
            for r in 0..<60 { try sheet.write(number: Double(r), row: r, col: 0) }
            try sheet.setupPrinting(landscape: false, paper: 9, repeatRows: 0...1, footer: "&P/&N")
            try sheet.setPageBreaks(beforeRows: [40, 20, 20])
        }
        try workbook.addSheet(named: "Trống") { sheet in
            try sheet.write(text: "x", row: 0, col: 0)
            try sheet.setPageBreaks(beforeRows: [])
        }
        try workbook.close()
        let file = try XLSXFile(url: URL(fileURLWithPath: scratch.path("breaks.xlsx")))
        #expect(try #require(file.sheet("Bảng 2")).rowBreaks == [20, 40])
        #expect(try #require(file.sheet("Trống")).rowBreaks == [])
        // Fit to one page wide still holds: the breaks are the only ones down the sheet.
        #expect(try #require(file.sheet("Bảng 2")).pageSetup["fitToHeight"] == "0")
    }

    @Test("a break above the first row, or more breaks than Excel allows, is refused with the value")
    func refused() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("refused.xlsx"))
        try workbook.addSheet(named: "S") { sheet in
            for rows in [[0], [5, -1], Array(1...(XlsxSheet.maximumPageBreaks + 1))] {
                do throws(XlsxError) {
                    try sheet.setPageBreaks(beforeRows: rows)
                    Issue.record("breaks \(rows.prefix(3)) were accepted")
                } catch {
                    #expect(error.code == .parameterValidation, "\(error)")
                    #expect(error.detail != nil)
                }
            }
            try sheet.setPageBreaks(beforeRows: Array(1...XlsxSheet.maximumPageBreaks))
        }
        try workbook.close()
    }
}
