import Foundation
import Testing
import Xlsx

/// The last guard before the library: text no XML part can hold, a creation date outside four-digit
/// years and a defined name given twice are refused with an error, never written into a file.
@Suite("what no workbook part can hold")
struct XMLTextGuardTests {
    static let unwritable = ["Bảng\u{FFFE}2", "Bảng\u{FFFF}", "\u{FFFE}", "chuông\u{07}", "nul\u{0}x", "esc\u{1B}", "\u{1F}"]

    @Test("text with U+FFFE, U+FFFF or a control character is refused in a cell, a merge, a comment, a footer, a link", arguments: unwritable)
    func text(_ text: String) throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("a.xlsx"))
        try workbook.addSheet(named: "Bảng 2") { sheet in
            func refused(_ attempt: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) {
                #expect(sourceLocation: sourceLocation) { try attempt() } throws: { ($0 as? XlsxError)?.code == .parameterValidation }
            }
            refused { try sheet.write(text: text, row: 0, col: 0) }
            refused { try sheet.merge(firstRow: 1, firstCol: 0, lastRow: 1, lastCol: 2, text: text, style: CellStyle()) }
            refused { try sheet.addComment(row: 2, col: 0, text: text) }
            refused { try sheet.setFooter(text) }
            refused { try sheet.write(link: "'Bảng 2'!A1", text: text, row: 3, col: 0) }
            refused { try sheet.write(formula: "=\"x\"", cachedText: text, row: 4, col: 0) }
        }
        #expect { try workbook.addSheet(named: text) { _ in } } throws: { ($0 as? XlsxError)?.code == .parameterValidation }
        #expect {
            try workbook.setProperties(DocumentProperties(title: text, created: 1_640_908_800))
        } throws: { ($0 as? XlsxError)?.code == .parameterValidation }
        // A line break, a tab and a carriage return are text, and so are the characters whose UTF-8
        // bytes look like U+FFFE's or U+FFFF's in part (EF BF BD, EF BB BF, EE BF BF …).
        try workbook.addSheet(named: "Khác") { sheet in
            for (row, writable) in ["a\nb\tc\r", "\u{FFFD}", "x\u{FEFF}y", "\u{EFFF}", "\u{FFEF}\u{FFFD}", "ﾠ\u{FFFC}"].enumerated() {
                try sheet.write(text: writable, row: row, col: 0)
            }
        }
        try workbook.close()
    }

    @Test("a creation date before 1900 or after 9999 is refused (the library would write 999-12-31)",
          arguments: [-30_610_310_400, -2_208_988_801, 253_402_300_800])
    func creationDate(_ time: Int) throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("a.xlsx"))
        #expect {
            try workbook.setProperties(DocumentProperties(title: "x", created: time))
        } throws: { ($0 as? XlsxError)?.code == .parameterValidation }
    }

    @Test("a name defined twice, ignoring case, or longer than 255 characters, is refused")
    func definedNames() throws {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("a.xlsx"))
        try workbook.addSheet(named: "Bảng 2") { sheet in try sheet.write(number: 1, row: 0, col: 0) }
        try workbook.defineName("TyLe_d_a_b", refersTo: "='Bảng 2'!$A$1")
        for name in ["TyLe_d_a_b", "TYLE_D_A_B", "T" + String(repeating: "x", count: 255)] {
            #expect {
                try workbook.defineName(name, refersTo: "='Bảng 2'!$A$1")
            } throws: { ($0 as? XlsxError)?.code == .parameterValidation }
        }
        try workbook.close()
    }
}
