/// A fraction written in one cell (`24/24`: the units that did something / all the units, as
/// Bảng 2 answers row VI.2) is kept as its two numbers, so that a province can consolidate its
/// units by summing both. Neither may then be wrong: a first number larger than the second
/// (`25/24`) cannot be true, and is `value.fraction-above`, an error.
extension Validator.Context {
    /// `value.fraction-above` on every fraction of every row and column.
    mutating func fractionRules() {
        // By index: a copy of each row would retain every text of it.
        for rowIndex in report.rows.indices {
            for (column, value) in report.rows[rowIndex].values.enumerated() {
                guard case .fraction(let numerator, let denominator) = value, numerator > denominator else { continue }
                add(.error, .fractionAbove(numerator: numerator, denominator: denominator, unit: report.rows[rowIndex].row.unit),
                    row: rowIndex, column: column)
            }
        }
    }
}
