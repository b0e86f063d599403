import Testing
import Xlsx

/// Sheet names: Excel's rules as libxlsxwriter checks them, duplicates over the whole of Unicode.
@Suite("sheet names")
struct SheetNameTests {
    /// The code `addSheet(named: second)` throws once `first` is in the workbook, nil when it succeeds.
    func code(adding second: String, after first: String? = nil) throws -> XlsxError.Code? {
        let scratch = try Scratch()
        var workbook = try XlsxWorkbook(path: scratch.path("names.xlsx"))
        if let first { try workbook.addSheet(named: first) { _ in } }
        do {
            try workbook.addSheet(named: second) { _ in }
            return nil
        } catch let error as XlsxError {
            return error.code
        }
    }

    @Test("31 characters are accepted, 32 give sheetNameTooLong")
    func length() throws {
        #expect(try code(adding: String(repeating: "ă", count: 31)) == nil)
        #expect(try code(adding: String(repeating: "ă", count: 32)) == .sheetNameTooLong)
        #expect(try code(adding: "Phụ lục 2 - Kết quả giải quyết TTHC") == .sheetNameTooLong)
    }

    @Test("a name with [ ] : * ? / or \\ gives sheetNameInvalidCharacter", arguments: ["Bảng [2]", "Bảng]", "A:B", "A*", "A?", "2020/2021", "A\\B"])
    func invalidCharacter(name: String) throws {
        #expect(try code(adding: name) == .sheetNameInvalidCharacter)
    }

    @Test("an apostrophe at either end gives sheetNameStartsOrEndsWithApostrophe; inside it is fine")
    func apostrophe() throws {
        #expect(try code(adding: "'Bảng") == .sheetNameStartsOrEndsWithApostrophe)
        #expect(try code(adding: "Bảng'") == .sheetNameStartsOrEndsWithApostrophe)
        #expect(try code(adding: "Bảng 'A'2") == nil)
    }

    @Test("an empty name gives parameterValidation")
    func empty() throws {
        #expect(try code(adding: "") == .parameterValidation)
    }

    @Test("names differing only in Vietnamese letter case are the same sheet")
    func vietnameseCase() throws {
        #expect(try code(adding: "BẢNG", after: "Bảng") == .sheetNameAlreadyUsed)
        #expect(try code(adding: "phụ lục 2", after: "PHỤ LỤC 2") == .sheetNameAlreadyUsed)
        #expect(try code(adding: "Đạt", after: "đạt") == .sheetNameAlreadyUsed)
    }

    @Test("names differing only in ASCII case or in Unicode form are the same sheet")
    func asciiCaseAndNormalisation() throws {
        #expect(try code(adding: "SHEET", after: "Sheet") == .sheetNameAlreadyUsed)
        let composed = "B\u{1EA3}ng", decomposed = "Ba\u{0309}ng"
        #expect(composed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(try code(adding: decomposed, after: composed) == .sheetNameAlreadyUsed)
    }

    @Test("different names are different sheets")
    func different() throws {
        #expect(try code(adding: "Bảng 2", after: "Bảng 1") == nil)
        #expect(try code(adding: "Bang", after: "Bảng") == nil)
    }
}
