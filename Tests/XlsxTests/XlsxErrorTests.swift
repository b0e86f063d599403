import Foundation
import Testing
import Xlsx
import XLSXReader

/// The error codes: the library's values and reasons, and matching with `~=`.
@Suite("XlsxError codes")
struct XlsxErrorTests {
    @Test("every code is a distinct lxw_error value with the library's own reason")
    func codes() {
        let codes = XlsxError.Code.allCases
        #expect(codes.map(\.rawValue) == Array(1...26))
        #expect(Set(codes.map(\.reason)).count == codes.count)
        for code in codes {
            #expect(code.reason != "Unknown error number.", "\(code.rawValue)")
        }
        #expect(XlsxError.Code.sheetNameAlreadyUsed.reason == "Worksheet name is already in use.")
        #expect(XlsxError.Code.sheetNameTooLong.reason == "Worksheet name exceeds Excel's limit of 31 characters.")
        #expect(XlsxError.Code(rawValue: 999).reason == "Unknown error number.")
        #expect(XlsxError.Code(rawValue: 17) == .sheetNameAlreadyUsed)
    }

    @Test("catch XlsxError.Code.x catches that code and no other")
    func catchByCode() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("catch.xlsx"))
        try workbook.addSheet(named: "Bảng") { _ in }
        var caught: String?
        do {
            try workbook.addSheet(named: "BẢNG") { _ in }
        } catch XlsxError.Code.sheetNameTooLong {
            caught = "too long"
        } catch XlsxError.Code.sheetNameAlreadyUsed {
            caught = "already used"
        }
        #expect(caught == "already used")
    }

    @Test("a code is a pattern in switch, and matches only XlsxErrors of that code")
    func switchByCode() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("switch.xlsx"))
        do {
            try workbook.addSheet(named: "Bảng [1]") { _ in }
            Issue.record("a name with [ was accepted")
        } catch let error as XlsxError {
            switch error.code {
            case .sheetNameTooLong, .sheetNameAlreadyUsed: Issue.record("wrong code \(error.code)")
            case .sheetNameInvalidCharacter: break
            default: Issue.record("unexpected code \(error.code)")
            }
            #expect(XlsxError.Code.sheetNameInvalidCharacter ~= error)
            #expect(!(XlsxError.Code.sheetNameAlreadyUsed ~= error))
            #expect(error.operation == "adding sheet Bảng [1]")
            #expect(error.reason == error.code.reason)
            #expect("\(error)".hasPrefix("adding sheet Bảng [1]: "))
        }
        struct Other: Error {}
        #expect(!(XlsxError.Code.parameterValidation ~= Other()))
    }

    @Test("a check made in Swift throws the library's code with the offending value")
    func swiftChecks() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("checks.xlsx"))
        try workbook.addSheet(named: "S") { sheet in
            do {
                try sheet.addDropDown(firstRow: 0, firstCol: 0, lastRow: 3, lastCol: 0, source: "=$B$1:$B$2",
                                      title: String(repeating: "đ", count: 33), prompt: nil, errorTitle: nil, error: nil)
                Issue.record("a 33-character title was accepted")
            } catch let error as XlsxError {
                #expect(error.code == .stringLongerThan32)
                #expect(error.detail?.contains("33") == true)
            }
            do {
                try sheet.addDropDown(firstRow: 0, firstCol: 0, lastRow: 3, lastCol: 0, source: "=$B$1:$B$2",
                                      title: nil, prompt: String(repeating: "ư", count: 256), errorTitle: nil, error: nil)
                Issue.record("a 256-character message was accepted")
            } catch let error as XlsxError {
                #expect(error.code == .stringLongerThan255)
            }
        }
        let range = SheetRange(sheet: "S", firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 1)
        let noSeries = ChartSpec(kind: .line, title: "T", categoryAxisTitle: "", valueAxisTitle: "", series: [])
        let series = ChartSpec.Series(name: "A", categories: range, values: range, cachedValues: [1])
        let chart = ChartSpec(kind: .column, title: "T", categoryAxisTitle: "", valueAxisTitle: "", series: [series])
        for (spec, sheet) in [(noSeries, "S"), (chart, "Không có"), (chart, "S")] {
            do {
                try workbook.insertChart(spec, inSheet: sheet, row: 0, col: 0, width: 480, height: 288)
                Issue.record("chart \(spec.title) on \(sheet) was accepted")
            } catch {
                #expect(error.code == .parameterValidation, "\(error)")
                #expect(error.detail != nil)
            }
        }
    }

    @Test("a status of the library comes back with its code and no detail")
    func libraryStatus() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("status.xlsx"))
        try workbook.addSheet(named: "S") { sheet in
            do {
                try sheet.write(text: "x", row: 1_048_576, col: 0)
                Issue.record("a row beyond Excel's last was accepted")
            } catch let error as XlsxError {
                #expect(error.code == .indexOutOfRange)
                #expect(error.detail == nil)
                #expect(error.operation == "writing text to cell A1048577 of 'S'")
            }
        }
    }

    @Test("text longer than a cell holds is an error in a merged range too, never an empty cell")
    func mergedTextTooLong() throws {
        let scratch = try Scratch()
        let path = scratch.path("long.xlsx")
        var workbook = try XlsxWorkbook(path: path)
        let limit = XlsxSheet.cellCharacterLimit
        try workbook.addSheet(named: "S") { sheet in
            for (row, isMerged) in [(0, true), (1, false)] {
                do {
                    // Vietnamese letters: what counts is characters, not bytes.
                    let text = String(repeating: "ệ", count: limit + 1)
                    if isMerged {
                        try sheet.merge(firstRow: row, firstCol: 0, lastRow: row, lastCol: 3, text: text, style: CellStyle())
                    } else {
                        try sheet.write(text: text, row: row, col: 0)
                    }
                    Issue.record("\(limit + 1) characters were accepted (merged: \(isMerged))")
                } catch let error as XlsxError {
                    #expect(error.code == .stringTooLong, "\(error)")
                }
            }
            // Exactly the limit still fits, and is written whole.
            try sheet.merge(firstRow: 2, firstCol: 0, lastRow: 2, lastCol: 3, text: String(repeating: "ệ", count: limit), style: CellStyle())
        }
        try workbook.close()
        let sheet = try #require(try XLSXFile(url: URL(fileURLWithPath: path)).sheet("S"))
        #expect(sheet.cell("A3")?.text?.count == limit)
        #expect(sheet.cell("A1")?.text == nil && sheet.cell("A2")?.text == nil)
    }
}
