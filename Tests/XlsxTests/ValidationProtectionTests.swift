import Foundation
import Testing
import Xlsx
import XLSXReader

/// Data validation, sheet protection, unlocked cells and hidden sheets, read back with the
/// independent reader.
@Suite("validation and protection")
struct ValidationProtectionTests {
    static let messages = XlsxSheet.ValidationMessages(title: "Số nguyên ≥ 0", prompt: "Nhập số nguyên từ 0 trở lên.",
                                                       errorTitle: "Giá trị không hợp lệ", error: "Chỉ nhập số nguyên.")

    @Test("each rule as Excel writes it, with its messages; the sheet protected, the cells unlocked, a sheet hidden")
    func written() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("v.xlsx"))
        try workbook.addSheet(named: "Bảng") { sheet in
            let open = CellStyle().with { $0.unlocked = true }
            for r in 0..<5 { try sheet.writeBlank(row: r, col: 1, style: open) }
            try sheet.write(text: "Nhãn", row: 0, col: 0)
            try sheet.validate(firstRow: 0, firstCol: 1, lastRow: 0, lastCol: 1, .wholeNumber(minimum: 0, maximum: nil), messages: Self.messages)
            try sheet.validate(firstRow: 1, firstCol: 1, lastRow: 1, lastCol: 1, .decimal(minimum: 0, maximum: 100), messages: Self.messages)
            try sheet.validate(firstRow: 2, firstCol: 1, lastRow: 2, lastCol: 1, .list(source: "='_ds'!$A$1:$A$2"), messages: Self.messages)
            try sheet.validate(firstRow: 3, firstCol: 1, lastRow: 3, lastCol: 1, .date(minimum: (1990, 1, 1), maximum: (2100, 12, 31)), messages: Self.messages)
            try sheet.validate(firstRow: 4, firstCol: 1, lastRow: 4, lastCol: 1, .textLength(maximumLength: 32_767), messages: Self.messages)
            sheet.protect()
        }
        try workbook.addSheet(named: "_ds") { sheet in
            try sheet.write(text: "Đạt", row: 0, col: 0)
            try sheet.write(text: "Không đạt", row: 1, col: 0)
            sheet.hide()
        }
        try workbook.close()
        let file = try XLSXFile(url: URL(fileURLWithPath: scratch.path("v.xlsx")))
        let sheet = try #require(file.sheet("Bảng"))
        #expect(sheet.isProtected && sheet.state != .hidden)
        #expect(file.sheet("_ds")?.state == .hidden)
        #expect(file.style(of: try #require(sheet.cell("A1"))).locked)
        #expect(!file.style(of: try #require(sheet.cell("B1"))).locked)
        let rules = ["B1", "B2", "B3", "B4", "B5"].map { sheet.dataValidations(at: $0) }
        #expect(rules.map(\.count) == [1, 1, 1, 1, 1])
        let r = rules.map { $0[0] }
        #expect(r[0].type == "whole" && r[0].operator == "greaterThanOrEqual" && r[0].formula1 == "0")
        #expect(r[1].type == "decimal" && r[1].formula1 == "0" && r[1].formula2 == "100")
        #expect(r[2].type == "list" && r[2].formula1 == "'_ds'!$A$1:$A$2")
        #expect(r[3].type == "date" && r[3].formula1 != nil && r[3].formula2 != nil)
        #expect(r[4].type == "textLength" && r[4].operator == "lessThanOrEqual" && r[4].formula1 == "32767")
        for rule in r {
            #expect(rule.promptTitle == Self.messages.title && rule.prompt == Self.messages.prompt)
            #expect(rule.errorTitle == Self.messages.errorTitle && rule.error == Self.messages.error)
            #expect(rule.allowBlank && (rule.errorStyle ?? "stop") == "stop")
        }
    }

    @Test("messages longer than Excel allows are refused before the library is called")
    func limits() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("l.xlsx"))
        try workbook.addSheet(named: "S") { sheet in
            var long = Self.messages
            long.title = String(repeating: "đ", count: 33)
            var tooLongError = Self.messages
            tooLongError.error = String(repeating: "ư", count: 256)
            for (messages, code) in [(long, XlsxError.Code.stringLongerThan32), (tooLongError, .stringLongerThan255)] {
                do {
                    try sheet.validate(firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0, .textLength(maximumLength: 10), messages: messages)
                    Issue.record("a text longer than Excel allows was accepted")
                } catch let error as XlsxError {
                    #expect(error.code == code)
                }
            }
        }
    }
}
