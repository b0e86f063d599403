import Foundation

extension Template {
    /// Everything that makes the template unusable, each naming the row, column, check or chart.
    public func structuralProblems() -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        if !Template.isValidID(id) { problems.append(.invalidID(id)) }
        if let problem = SheetName.problem(sheetName) { problems.append(.sheetName(name: sheetName, problem: problem)) }
        let index = rowIndex
        var seen: Set<String> = []
        for row in rows {
            if !Template.isValidID(row.id) { problems.append(.invalidRowID(row.id)) }
            if !seen.insert(row.id).inserted { problems.append(.repeatedRowID(row.id)) }
            if row.kind == .code && (row.legend ?? []).isEmpty { problems.append(.legendMissing(row: row.id)) }
            if let derived = row.derived {
                if row.kind != .percent { problems.append(.derivedNotPercent(row: row.id)) }
                for (side, operand) in [(RateSide.numerator, derived.numerator), (.denominator, derived.denominator)] {
                    if let ref = operand.row {
                        guard let target = index[ref].map({ rows[$0] }) else {
                            problems.append(.operandUnknownRow(row: row.id, side: side, target: ref))
                            continue
                        }
                        if target.kind != .count && target.kind != .decimal {
                            problems.append(.operandNotCount(row: row.id, side: side, target: ref))
                        }
                    } else if (operand.label ?? "").isEmpty {
                        problems.append(.operandUndefined(row: row.id, side: side))
                    }
                }
            }
        }
        let valueColumns = columns.filter { $0.role == .value }
        let years = columns.filter { $0.role == .years }
        let hasNote = columns.contains { $0.role == .note }
        for row in rows where row.spanNote == true {
            let kind = valueColumns.count == 1 ? (valueColumns[0].kind ?? row.kind) : row.kind
            if kind != .text || !hasNote || valueColumns.count != 1 || !years.isEmpty {
                problems.append(.spanNoteNotText(row: row.id))
            }
        }
        for row in rows {
            guard let aggregate = row.aggregate else { continue }
            let derived = row.derived != nil
            if let kind = cellKinds(of: row).first(where: { !row.kind.holdsValue || !aggregate.fits($0, derived: derived) }) {
                problems.append(.aggregateNotFit(row: row.id, aggregate: aggregate, kind: kind))
            }
        }
        if valueColumns.isEmpty && years.isEmpty { problems.append(.noValueColumn) }
        if !years.isEmpty && (years.count > 1 || !valueColumns.isEmpty) { problems.append(.yearsAndValueColumns) }
        if !years.isEmpty && period != .years { problems.append(.yearsNeedPeriod) }
        if valueColumns.count > 1 {
            var keys: Set<String> = []
            for column in valueColumns {
                guard let key = column.key, !key.isEmpty else { problems.append(.columnKeyMissing); continue }
                if !keys.insert(key).inserted { problems.append(.repeatedColumnKey(key)) }
            }
        }
        var checkIDs: Set<String> = []
        for check in checks ?? [] {
            if !checkIDs.insert(check.id).inserted { problems.append(.repeatedCheckID(check.id)) }
            for term in check.left + check.right where !isTerm(term, index: index) {
                problems.append(.checkUnknownTerm(check: check.id, term: term))
            }
        }
        problems += chartProblems(index: index)
        return problems
    }

    /// Whether `term` names a row, or a count of a derived row (`id.numerator`, `id.denominator`).
    func isTerm(_ term: String, index: [String: Int]) -> Bool {
        if index[term] != nil { return true }
        for suffix in [".numerator", ".denominator"] where term.hasSuffix(suffix) {
            if let base = index[String(term.dropLast(suffix.count))], rows[base].derived != nil { return true }
        }
        return false
    }

    /// Whether `id` is lowercase ASCII letters, digits, `.`, `-`, `_`, starting with a letter or digit.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.utf8.first, isLowerAlphanumeric(first) else { return false }
        return id.utf8.allSatisfy { isLowerAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    private static func isLowerAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
