import Foundation

/// The checks of a filled report: the template's declared relations and the built-in rules.
///
/// `InputReader` already reports what is wrong with single values (kind, notation, unknown rows,
/// years outside the range). The validator looks at the figures together:
///
/// * the template's `checks`, each applied to every value column (every year of a per-year
///   template) with its missing-value strategy (see `Validator+Checks.swift`);
/// * the built-in rules every template gets (see `Validator+BuiltIn.swift`):
///   `rate-mismatch`, `rate-numerator` and, on per-year templates, `year-jump`.
///
/// Each finding sits on the row a check is declared about (the first term of its left side) and
/// at that row's JSON path, with the year's key added on per-year templates, even when the row
/// was not given in the input.
public enum Validator {
    /// How far a reported rate may be from the rate computed from its counts, in percentage points.
    public static let rateTolerance = 0.01
    /// A count that changes by more than this factor from one reported year to the next is flagged.
    public static let yearJumpFactor = 10.0

    /// Every finding about `report` beyond those found while reading it.
    public static func findings(for report: Report) -> [Finding] {
        var context = Context(report: report)
        context.templateChecks()
        context.rateRules()
        context.yearJumps()
        return context.findings
    }

    /// What the rules share: the report, an index of its rows, and the findings so far.
    struct Context {
        let report: Report
        let index: [String: Int]
        var findings: [Finding] = []

        init(report: Report) {
            self.report = report
            self.index = report.rowIndex
        }

        /// The JSON path of `row`'s value in column `column`: the row's path, plus the year or the
        /// column key when the template has several value columns.
        func path(row: Int, column: Int) -> String {
            let base = report.rows[row].path
            switch report.valueColumns[column] {
            case .single: return base
            case .year(let year): return JSONPath.child(base, String(year))
            case .key(let key): return JSONPath.child(base, key)
            }
        }

        /// Records a finding about `row` in `column`.
        mutating func add(_ severity: Severity, row: Int, column: Int, rule: String, message: String,
                          values: [String: Double]) {
            let template = report.rows[row].row
            findings.append(Finding(severity: severity, file: report.source, path: path(row: row, column: column),
                                    row: template.id, stt: template.stt, label: template.label,
                                    year: report.valueColumns[column].year, rule: rule, message: message,
                                    values: values))
        }
    }

    /// A number as messages print it: whole numbers without decimals, others with at most four.
    static func show(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
