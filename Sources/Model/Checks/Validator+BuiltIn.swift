/// The rules every template gets, whatever its checks say.
///
/// | rule id | severity | what |
/// |---|---|---|
/// | `rate-numerator` | error | a derived rate's numerator is larger than its denominator (counts given with the rate or taken from rows) |
/// | `rate-mismatch` | error | a rate reported together with its counts is neither the rate they give rounded half up to the decimals it was written with, nor that rate cut off; or it is 0 % / 100 % while the counts are not none / all |
/// | `rate-truncated` | warning | a rate reported together with its counts is the rate they give cut off at the decimals written, where rounding gives another value (`77,5 %` for 77,57 %) |
/// | `rate-zero-denominator` | warning | a rate was reported with the counts 0/0: the sheet leaves the rate blank, so the reported number is not written |
/// | `year-jump` | warning | per-year templates: a count changes by more than ten times from one reported year to the next |
///
/// A rate is judged at the precision it was written with (`Rate+Precision.swift`): `"99"` has 0
/// decimals, `"91,70"` 2, the JSON number `99.5` 1; so `99 %` for 1.985/2.004 (99,05 %) agrees,
/// `77,5 %` for 204/263 (77,57 %) is cut off, `77,86 %` for 204/263 contradicts its counts.
///
/// `rate-numerator` is not reported for a rate whose numerator ≤ denominator relation the template
/// already declares as an `error` check (the template's own message is then the one shown).
///
/// `year-jump` compares each reported year with the previous reported year of the same count (a
/// blank year is skipped, not read as 0), and only when both are above 0: a count that starts
/// from 0 (a service that did not exist yet) or falls to 0 (one that ended) is normal in these
/// forms, and a slipped digit does not make a 0. The last year of a range with a cut-off date
/// covers part of a year: a drop into it is flagged only beyond ten times the share of the year it
/// covers (to 31/3: about 40 times). Component counts of derived rates are checked too.
extension Validator.Context {
    /// `rate-numerator`, `rate-mismatch`, `rate-truncated` and `rate-zero-denominator` on every derived row and column.
    mutating func rateRules() {
        let declared = declaredNumeratorChecks()
        for (rowIndex, filled) in report.rows.enumerated() {
            guard let derived = filled.row.derived else { continue }
            let numeratorSource = source(of: .numerator(row: rowIndex))
            let denominatorSource = source(of: .denominator(row: rowIndex))
            let alreadyDeclared = declared.contains(SourcePair(numerator: numeratorSource, denominator: denominatorSource))
            for column in filled.values.indices {
                guard case .rate(let rate) = filled.values[column] else { continue }
                if let numerator = rate.numerator, let denominator = rate.denominator, numerator > denominator {
                    if !alreadyDeclared {
                        add(.error, .numeratorAbove(numerator: numerator, denominator: denominator,
                                                    numeratorName: describe(derived.numerator, .numerator),
                                                    denominatorName: describe(derived.denominator, .denominator),
                                                    computed: rate.computed),
                            row: rowIndex, column: column)
                    }
                    continue
                }
                if let reported = rate.reported, let computed = rate.computed, let numerator = rate.numerator,
                   let denominator = rate.denominator, let digits = rate.reportedPrecision, let agreement = rate.agreement {
                    switch agreement {
                    case .rounded: break
                    case .truncated:
                        add(.warning, .rateTruncated(reported: reported, computed: computed, numerator: numerator, denominator: denominator,
                                                     digits: digits),
                            row: rowIndex, column: column)
                    case .mismatch:
                        add(.error, .rateMismatch(reported: reported, computed: computed, numerator: numerator, denominator: denominator,
                                                  difference: abs(reported - computed), digits: digits),
                            row: rowIndex, column: column)
                    }
                } else if let reported = rate.reported, rate.numerator == 0, rate.denominator == 0 {
                    add(.warning, .rateZeroDenominator(reported: reported), row: rowIndex, column: column)
                }
            }
        }
    }

    /// A numerator and a denominator, by where their counts come from.
    struct SourcePair: Hashable {
        var numerator: Validator.CountSource
        var denominator: Validator.CountSource
    }

    /// The `numerator ≤ denominator` relations that the template declares as error checks.
    /// A list, not a `Set`: a template declares a few, and the first set of a key type of its
    /// own searches the binary's conformances in every run (some 300,000 instructions).
    private func declaredNumeratorChecks() -> [SourcePair] {
        var pairs: [SourcePair] = []
        for check in report.template.checks ?? [] where check.severity == .error {
            guard check.op == .lessOrEqual || check.op == .less, check.left.count == 1, check.right.count == 1,
                  let left = resolve(check.left[0]), let right = resolve(check.right[0]) else { continue }
            let pair = SourcePair(numerator: source(of: left), denominator: source(of: right))
            if !pairs.contains(pair) { pairs.append(pair) }
        }
        return pairs
    }

    /// A count of a derived rate as messages name it: the label of its row, or the component's.
    private func describe(_ operand: Operand, _ side: RateSide) -> String {
        if let id = operand.row { return index[id].map { report.rows[$0].row.label } ?? id }
        if let label = operand.label, !label.isEmpty { return label }
        return side.rawValue
    }

    /// `year-jump`: on per-year templates, counts that change more than tenfold between reported years.
    mutating func yearJumps() {
        let years = report.valueColumns.map(\.year)
        guard !years.isEmpty, years.allSatisfy({ $0 != nil }) else { return }
        for (rowIndex, filled) in report.rows.enumerated() {
            if filled.row.kind == .count && filled.row.derived == nil {
                checkSeries(row: rowIndex, series: .count) { column in
                    if case .number(let n) = filled.values[column] { return n }
                    return nil
                }
            }
            guard let derived = filled.row.derived else { continue }
            for (operand, side) in [(derived.numerator, RateSide.numerator), (derived.denominator, .denominator)] where operand.isComponent {
                checkSeries(row: rowIndex, series: .component(side: side, label: describe(operand, side))) { column in
                    guard case .rate(let rate) = filled.values[column] else { return nil }
                    return side == .numerator ? rate.numerator : rate.denominator
                }
            }
        }
    }

    /// Compares each reported value of a series with the previous reported one.
    private mutating func checkSeries(row: Int, series: Series, value: (Int) -> Double?) {
        var previous: (column: Int, year: Int, value: Double)?
        for column in report.valueColumns.indices {
            guard let year = report.valueColumns[column].year, let current = value(column) else { continue }
            defer { previous = (column, year, current) }
            guard let before = previous, before.value > 0, current > 0 else { continue }
            let factor = max(before.value, current) / min(before.value, current)
            var threshold = Validator.yearJumpFactor
            var partial: PartialYear?
            if column == report.valueColumns.count - 1, current < before.value, let share = partialYearShare(year),
               let cutoff = report.period.cutoff {
                threshold /= share
                partial = PartialYear(cutoff: cutoff, threshold: threshold)
            }
            guard factor > threshold * (1 + 1e-9) else { continue }
            add(.warning, .yearJump(series: series, fromYear: before.year, fromValue: before.value, toYear: year, toValue: current,
                                    factor: factor, partialYear: partial),
                row: row, column: column)
        }
    }

    /// The share of `year` that the report's cut-off date covers, when `year` is the cut-off year.
    private func partialYearShare(_ year: Int) -> Double? {
        guard let cutoff = report.period.cutoff, cutoff.year == year else { return nil }
        let daysInYear = (1...12).reduce(0) { $0 + DayDate.daysIn(month: $1, year: year) }
        let elapsed = (1..<cutoff.month).reduce(0) { $0 + DayDate.daysIn(month: $1, year: year) } + cutoff.day
        return min(1, Double(elapsed) / Double(daysInYear))
    }
}
