/// The checks of a filled report: the template's declared relations and the built-in rules.
///
/// `InputReader` already reports what is wrong with single values (kind, notation, unknown rows,
/// years outside the range). The validator looks at the figures together:
///
/// * the template's `checks`, each applied to every value column (every year of a per-year
///   template) with its missing-value strategy (see `Validator+Checks.swift`);
/// * the built-in rules every template gets (see `Validator+BuiltIn.swift`):
///   `rate.mismatch`, `rate.truncated`, `rate.numerator-above-denominator`, `rate.zero-denominator`
///   and, on per-year templates, `year.jump`; and a fraction's first number is not above its
///   second (`Validator+Fractions.swift`).
///
/// Each finding sits on the row a check is declared about (the first term of its left side) and
/// at that row's JSON path, with the year's key added on per-year templates, even when the row
/// was not given in the input.
public enum Validator {
    /// A count that changes by more than this factor from one reported year to the next is flagged.
    public static let yearJumpFactor = 10.0

    /// Every finding about `report` beyond those found while reading it.
    public static func findings(for report: Report) -> [Finding] {
        var context = Context(report: report)
        context.templateChecks()
        context.rateRules()
        context.fractionRules()
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

        /// Records a finding about `row` in `column`.
        mutating func add(_ severity: Severity, _ problem: Problem, row: Int, column: Int) {
            let location = Location(file: report.source, path: report.path(ofRow: row, column: column), row: report.rows[row].row,
                                    year: report.valueColumns[column].year, column: report.valueColumns[column].key)
            findings.append(Finding(severity, problem, at: location))
        }
    }
}
