/// The template's declared checks (`Template.checks`), evaluated per value column.
extension Validator {
    /// One term of a check, resolved against the report's rows.
    enum Term: Equatable {
        /// The value of the row at this index (a count, a decimal, a code, a rate, Đạt = 1 / Không đạt = 0).
        case value(row: Int)
        /// The numerator count of the derived row at this index.
        case numerator(row: Int)
        /// The denominator count of the derived row at this index.
        case denominator(row: Int)

        /// The row the term belongs to.
        var row: Int {
            switch self {
            case .value(let row), .numerator(let row), .denominator(let row): return row
            }
        }
    }

    /// Where a count comes from: a row of its own, or a component given with a derived row.
    /// Two terms with the same source are the same figure.
    enum CountSource: Hashable {
        case row(Int)
        case component(row: Int, numerator: Bool)
    }
}

extension Validator.Context {
    /// Resolves a term of a check: a row id, or `<derived row id>.numerator` / `.denominator`.
    func resolve(_ term: String) -> Validator.Term? {
        if let row = index[term] { return .value(row: row) }
        for (suffix, isNumerator) in [(".numerator", true), (".denominator", false)] where term.hasSuffix(suffix) {
            let base = String(term.dropLast(suffix.count))
            guard let row = index[base], report.rows[row].row.derived != nil else { return nil }
            return isNumerator ? .numerator(row: row) : .denominator(row: row)
        }
        return nil
    }

    /// The figure a term stands for, independent of how the check spells it.
    func source(of term: Validator.Term) -> Validator.CountSource {
        switch term {
        case .value(let row):
            return .row(row)
        case .numerator(let row), .denominator(let row):
            let isNumerator: Bool
            if case .numerator = term { isNumerator = true } else { isNumerator = false }
            let derived = report.rows[row].row.derived
            if let id = (isNumerator ? derived?.numerator : derived?.denominator)?.row, let target = index[id] {
                return .row(target)
            }
            return .component(row: row, numerator: isNumerator)
        }
    }

    /// The number a term has in a column, or nil when it is blank (or not a number: text, a fraction).
    func number(of term: Validator.Term, column: Int) -> Double? {
        let value = report.rows[term.row].values[column]
        switch term {
        case .value:
            switch value {
            case .number(let n): return n
            case .code(let code, _): return Double(code)
            case .pass(let passed): return passed ? 1 : 0
            case .rate(let rate): return rate.value
            case .blank, .fraction, .text: return nil
            }
        case .numerator:
            if case .rate(let rate) = value { return rate.numerator }
            return nil
        case .denominator:
            if case .rate(let rate) = value { return rate.denominator }
            return nil
        }
    }

    /// Evaluates every check of the template on every value column.
    ///
    /// A check's terms are resolved once, and its sums made without lists; the lists of a
    /// finding are made only for a check that fails (every input runs every check, and nearly
    /// all of them hold).
    mutating func templateChecks() {
        for check in report.template.checks ?? [] {
            // Resolved in loops, not with `map(resolve)`: a closure over a mutating method's `self`
            // copies the whole context (the report with it) for every call.
            var leftTerms: [Validator.Term] = [], rightTerms: [Validator.Term] = []
            var unknown: [String] = []
            for term in check.left {
                if let resolved = resolve(term) { leftTerms.append(resolved) } else { unknown.append(term) }
            }
            for term in check.right {
                if let resolved = resolve(term) { rightTerms.append(resolved) } else { unknown.append(term) }
            }
            guard unknown.isEmpty, let anchorRow = (leftTerms.first ?? rightTerms.first)?.row else {
                findings.append(Finding(.warning, .checkUnknownTerms(check: check.id, terms: unknown, template: report.template.id),
                                        at: Location(file: report.source, path: .root)))
                continue
            }
            for column in report.valueColumns.indices {
                evaluate(check, left: leftTerms, right: rightTerms, anchor: anchorRow, column: column)
            }
        }
    }

    /// Evaluates one check on one column, adding a finding when the relation does not hold.
    private mutating func evaluate(_ check: Check, left: [Validator.Term], right: [Validator.Term], anchor: Int, column: Int) {
        var l = 0.0, r = 0.0, missing = 0
        for term in left {
            if let value = number(of: term, column: column) { l += value } else { missing += 1 }
        }
        for term in right {
            if let value = number(of: term, column: column) { r += value } else { missing += 1 }
        }
        switch check.missing ?? .skipIfAny {
        case .skipIfAny: if missing > 0 { return }
        case .skipIfAll: if missing == left.count + right.count { return }
        case .never: break
        }
        let tolerance = max(0, check.tolerance ?? 0)
        if Validator.holds(check.op, l, r, tolerance: tolerance) { return }
        let leftValues = left.map { number(of: $0, column: column) }
        let rightValues = right.map { number(of: $0, column: column) }
        let failure = CheckFailure(
            check: check.id, message: check.message, translations: check.translations ?? [:], op: check.op,
            left: zip(check.left, leftValues).map { CheckFailure.Term(name: $0.0, value: $0.1) },
            right: zip(check.right, rightValues).map { CheckFailure.Term(name: $0.0, value: $0.1) },
            leftSum: l, rightSum: r, tolerance: tolerance)
        add(check.severity, .checkFailed(failure), row: anchor, column: column)
    }
}

extension Validator {
    /// Whether `l op r` holds; sums of decimals are compared with a relative margin of 1e-9.
    static func holds(_ op: Check.Operator, _ l: Double, _ r: Double, tolerance: Double) -> Bool {
        let margin = 1e-9 * max(1, abs(l), abs(r))
        switch op {
        case .lessOrEqual: return l <= r + margin
        case .less: return l < r - margin
        case .greaterOrEqual: return l >= r - margin
        case .greater: return l > r + margin
        case .equal: return abs(l - r) <= tolerance + margin
        case .notEqual: return abs(l - r) > tolerance + margin
        }
    }
}
