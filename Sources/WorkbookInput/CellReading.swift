import Model
import XlsxRead

/// What a cell of an entry workbook gives its JSON path: the value a person meant, in the form
/// the input reader already understands, so that a workbook and a JSON file are read by the
/// same rules (Vietnamese notation, legends in any case, the precision of rates).
enum CellReading {
    /// What the path expects, as far as reading a cell needs to know.
    enum Expected: Equatable {
        /// A value of a row: a number, a text, a coded answer, Đạt/Không đạt …
        case value
        /// A text field (the unit's name, the report's number): a number typed there is its text.
        case text
        /// A year (`period.year`, `from`, `to`).
        case year
        /// A date (`period.cutoff`, `report.date`): a date cell is written `yyyy-mm-dd`.
        case date
    }

    /// The result: the JSON value (`nil`: blank, absent from the document) and a problem of the
    /// cell (a formula where a value is typed, an error value), with its severity.
    struct Reading: Equatable {
        var value: JSONValue?
        var problem: (Severity, Problem)?

        static func == (a: Reading, b: Reading) -> Bool {
            a.value == b.value && a.problem?.0 == b.problem?.0 && a.problem?.1 == b.problem?.1
        }
    }

    /// Reads `cell` (`nil`: an empty cell) for a path that expects `expected`, dates counted in
    /// the workbook's date system.
    ///
    /// * blank (no cell, empty or white-space text) → absent: blank is not zero;
    /// * a number → a JSON number written exactly (`99.95`); with a `%` format, the fraction as a
    ///   percentage (0.9995 → `99.95`); with a date format, or for a date field, `yyyy-mm-dd`;
    ///   for a text field, its text;
    /// * text → a JSON string as typed (`1.130`, `99,95%`, `có`), read by the input reader;
    /// * TRUE/FALSE → a JSON boolean;
    /// * an error value (`#DIV/0!`) → absent, with `workbook.error-value`;
    /// * a formula → its cached value as above, with `workbook.formula-as-value`.
    static func read(_ cell: XlsxCell?, expected: Expected, date1904: Bool) -> Reading {
        guard let cell else { return Reading(value: nil) }
        var reading = Reading(value: nil)
        if let formula = cell.formula {
            reading.problem = (.warning, .workbookFormulaAsValue(formula: formula.isEmpty ? "…" : formula))
        }
        switch cell.value {
        case nil:
            break
        case .error(let code):
            reading.problem = (.error, .workbookErrorValue(value: code))
        case .bool(let flag):
            reading.value = expected == .text ? .string(flag ? "TRUE" : "FALSE") : .bool(flag)
        case .text(let text):
            reading.value = CellText.isBlank(text) ? nil : .string(text)
        case .number(let number):
            reading.value = value(of: number, format: cell.numberFormat, expected: expected, date1904: date1904)
        }
        return reading
    }

    /// A number cell's JSON value.
    static func value(of number: Double, format: NumberFormat, expected: Expected, date1904: Bool) -> JSONValue? {
        if format.kind == .date || expected == .date {
            if let day = XlsxDocument.day(ofSerial: number, date1904: date1904) { return .string(day.iso) }
        }
        let shift = format.kind == .percent && expected == .value ? 2 : 0
        guard let literal = DecimalText.literal(number, shift: shift) else { return nil }
        return expected == .text ? .string(literal) : .number(literal)
    }
}
