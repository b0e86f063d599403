import Model
import Testing
@testable import WorkbookInput
@testable import XlsxRead

/// What a cell gives its JSON path: numbers exactly, percentages moved, dates, text as typed,
/// blanks left out, formulas and error values with their findings.
@Suite("cell reading")
struct CellReadingTests {
    func cell(_ value: XlsxValue?, formula: String? = nil, format: NumberFormat = .general) -> XlsxCell {
        XlsxCell(reference: CellReference("D19")!, value: value, formula: formula, numberFormat: format)
    }

    @Test("numbers are written as the shortest decimal that reads back, never with noise or an exponent")
    func decimals() {
        #expect(DecimalText.literal(99.95) == "99.95")
        #expect(DecimalText.literal(1130) == "1130")
        #expect(DecimalText.literal(0.00001) == "0.00001")
        #expect(DecimalText.literal(-2.5) == "-2.5")
        #expect(DecimalText.literal(0) == "0")
        #expect(DecimalText.literal(0.9995, shift: 2) == "99.95")
        #expect(DecimalText.literal(0.5, shift: 2) == "50")
        #expect(DecimalText.literal(1e21) == "1000000000000000000000")
        #expect(DecimalText.literal(.nan) == nil)
    }

    @Test("a number cell is a JSON number; with a % format the fraction is a percentage; text stays text")
    func values() {
        #expect(CellReading.read(cell(.number(99.95)), expected: .value, date1904: false).value == .number("99.95"))
        #expect(CellReading.read(cell(.number(0.9995), format: NumberFormat(id: 10, code: "0.00%")), expected: .value, date1904: false).value
                == .number("99.95"))
        #expect(CellReading.read(cell(.text("1.130")), expected: .value, date1904: false).value == .string("1.130"))
        #expect(CellReading.read(cell(.text("99,95%")), expected: .value, date1904: false).value == .string("99,95%"))
        #expect(CellReading.read(cell(.text("có")), expected: .value, date1904: false).value == .string("có"))
        #expect(CellReading.read(cell(.bool(true)), expected: .value, date1904: false).value == .bool(true))
        #expect(CellReading.read(cell(.number(12)), expected: .text, date1904: false).value == .string("12"))
        #expect(CellReading.read(cell(.number(2023)), expected: .year, date1904: false).value == .number("2023"))
    }

    @Test("blank is absent, never zero: no cell, empty text, spaces")
    func blanks() {
        #expect(CellReading.read(nil, expected: .value, date1904: false) == CellReading.Reading(value: nil))
        #expect(CellReading.read(cell(.text("")), expected: .value, date1904: false).value == nil)
        #expect(CellReading.read(cell(.text("   ")), expected: .value, date1904: false).value == nil)
        #expect(CellReading.read(cell(nil), expected: .value, date1904: false).value == nil)
    }

    @Test("a date cell, or a number in a date field, is yyyy-mm-dd in the workbook's date system")
    func dates() {
        let format = NumberFormat(id: 14, code: "mm-dd-yy")
        #expect(CellReading.read(cell(.number(45291), format: format), expected: .date, date1904: false).value == .string("2023-12-31"))
        #expect(CellReading.read(cell(.number(45291)), expected: .date, date1904: false).value == .string("2023-12-31"))
        #expect(CellReading.read(cell(.number(43829), format: format), expected: .date, date1904: true).value == .string("2023-12-31"))
        #expect(CellReading.read(cell(.text("31/12/2023")), expected: .date, date1904: false).value == .string("31/12/2023"))
    }

    @Test("a formula gives its cached value and workbook.formula-as-value; an error value gives workbook.error-value")
    func formulasAndErrors() {
        let formula = CellReading.read(cell(.number(13), formula: "D10+1"), expected: .value, date1904: false)
        #expect(formula.value == .number("13"))
        #expect(formula.problem?.0 == .warning)
        #expect(formula.problem?.1 == .workbookFormulaAsValue(formula: "D10+1"))
        let error = CellReading.read(cell(.error("#DIV/0!")), expected: .value, date1904: false)
        #expect(error.value == nil)
        #expect(error.problem?.0 == .error)
        #expect(error.problem?.1 == .workbookErrorValue(value: "#DIV/0!"))
        #expect(!Problem.workbookFormulaAsValue(formula: "A1").isUnreadableFile)
        #expect(Problem.workbookNoMap.isUnreadableFile)
    }

    @Test("JSON paths read back as they are written", arguments: [
        #"$.unit.name"#, #"$.values["i.1.ke-hoach"]"#, #"$.values["iii.5.ty-le"].numerator"#, #"$.values["1.so-tthc"]["2019"]"#,
        #"$.report.issuer[0]"#, #"$.appendices[1].data.values["dau-moi"].ho_ten"#, #"$.values["a \"b\" \\ c"]"#,
    ])
    func paths(_ text: String) {
        #expect(JSONPath(parsing: text)?.description == text)
    }

    @Test("what is not a path is refused", arguments: ["", "values", "$.", "$[x]", #"$["a"#, "$.1a", "$.a b"])
    func notPaths(_ text: String) {
        #expect(JSONPath(parsing: text) == nil)
    }
}
