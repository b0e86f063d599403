/// The `consolidated` block of a consolidated input (`ConsolidatedFigures`): read as strictly as
/// the values, and checked against them, since a next level adds up what it says.
extension InputReader {
    mutating func readConsolidated(_ value: JSONValue?, template: Template, columns: [ValueColumn], index: [String: Int],
                                   filled: [FilledRow]) -> ConsolidatedFigures? {
        let path = JSONPath("consolidated")
        guard let value, value != .null else { return nil }
        guard case .object(let members) = value else {
            add(.error, .wrongType(.consolidated, expected: .object, found: value.type), at: path)
            return nil
        }
        checkKeys(members, at: path, known: ConsolidatedFigures.keys, in: .consolidated)
        guard let unitsValue = value["units"] else {
            add(.error, .missing(.consolidatedUnits), at: path.child("units"))
            return nil
        }
        guard let units = wholeCount(unitsValue, field: .consolidatedUnits, at: path.child("units"), row: nil) else { return nil }
        guard units >= 1 else {
            add(.error, .notACount(value: 0, unit: nil, side: nil), at: path.child("units"))
            return nil
        }
        var status: JSONValue?
        switch value["status"] {
        case nil, .null?: break
        case .object?: status = value["status"]
        case let other?: add(.error, .wrongType(.consolidatedStatus, expected: .object, found: other.type), at: path.child("status"))
        }
        var cells = template.rows.map { _ in Array(repeating: CarriedCell(), count: columns.count) }
        let cellsPath = path.child("cells")
        switch value["cells"] {
        case .object(let rows)?:
            checkKeys(rows, at: cellsPath, in: .consolidated)
            for member in rows where !JSONValue.startsWithSlashes(member.key) {
                let rowPath = cellsPath.child(member.key)
                guard let rowIndex = index[member.key] else {
                    add(.error, .unknownRow(id: member.key, template: template.id, nearest: []), at: rowPath)
                    continue
                }
                let row = template.rows[rowIndex]
                if columns == [.single] {
                    if let cell = readCarriedCell(member.value, row: row, template: template, at: rowPath, year: nil) { cells[rowIndex][0] = cell }
                    continue
                }
                guard case .object(let byColumn) = member.value else {
                    add(.error, .wrongType(.consolidatedCell, expected: .object, found: member.value.type), at: rowPath, row: row)
                    continue
                }
                let names = columns.map { column -> String in
                    switch column {
                    case .single: return ""
                    case .year(let year): return String(year)
                    case .key(let key): return key
                    }
                }
                checkKeys(byColumn, at: rowPath, known: names, in: .consolidatedCell, row: row)
                for entry in byColumn {
                    guard let column = names.firstIndex(of: entry.key) else { continue }
                    if let cell = readCarriedCell(entry.value, row: row, template: template, at: rowPath.child(entry.key),
                                                  year: columns[column].year) {
                        cells[rowIndex][column] = cell
                    }
                }
            }
        case nil, .null?: break
        case let other?: add(.error, .wrongType(.consolidated, expected: .object, found: other.type), at: cellsPath)
        }
        // Every cell against the document's units and its value.
        for (rowIndex, row) in template.rows.enumerated() where row.kind.holdsValue {
            let aggregate = template.aggregate(of: row)
            for column in columns.indices {
                let cell = cells[rowIndex][column]
                let conflict = InputReader.conflict(cell, units: units, aggregate: aggregate, value: filled[rowIndex].values[column])
                if let conflict {
                    let place = cell.isEmpty ? valuesPath(row: row, column: columns[column]) : cellPath(cellsPath, row: row, column: columns[column])
                    add(.error, .consolidatedConflict(conflict), at: place, row: row, year: columns[column].year, column: columns[column].key)
                }
            }
        }
        return ConsolidatedFigures(units: units, cells: cells, status: status)
    }

    private func cellPath(_ base: JSONPath, row: Row, column: ValueColumn) -> JSONPath {
        switch column {
        case .single: return base.child(row.id)
        case .year(let year): return base.child(row.id).child(String(year))
        case .key(let key): return base.child(row.id).child(key)
        }
    }

    private func valuesPath(row: Row, column: ValueColumn) -> JSONPath { cellPath(JSONPath("values"), row: row, column: column) }

    /// What contradicts in one cell, or nil.
    static func conflict(_ cell: CarriedCell, units: Int, aggregate: Aggregate, value: Value) -> ConsolidatedConflict? {
        if cell.reporting > units { return .reportingAboveUnits(reporting: cell.reporting, units: units) }
        switch aggregate {
        case .sum:
            if value.isBlank != (cell.reporting == 0) { return .valueWithoutUnits(reporting: cell.reporting) }
        case .tally:
            let tallied = cell.tally.values.reduce(0, +)
            if tallied != cell.reporting { return .tallyNotReporting(tallied: tallied, reporting: cell.reporting) }
        case .rate:
            let rate = cell.rate ?? CarriedRate(numerator: nil, denominator: nil, used: 0, withoutCounts: [])
            let counted = rate.numerator != nil && rate.denominator != nil
            if rate.used + rate.withoutCounts.count != cell.reporting || counted != (rate.used > 0)
                || (rate.numerator == nil) != (rate.denominator == nil) {
                return .rateUnits(used: rate.used, withoutCounts: rate.withoutCounts.count, reporting: cell.reporting)
            }
            // A count given with the rate is the sum of the units the rate used; a count taken from
            // a row is that row's sum, which may stand for more units.
            if case .rate(let given) = value {
                let numeratorDiffers = !given.numeratorFromRow && given.numerator != nil && given.numerator != rate.numerator
                let denominatorDiffers = !given.denominatorFromRow && given.denominator != nil && given.denominator != rate.denominator
                if numeratorDiffers || denominatorDiffers {
                    return .rateCounts(numerator: rate.numerator ?? 0, denominator: rate.denominator ?? 0,
                                       givenNumerator: given.numerator ?? 0, givenDenominator: given.denominator ?? 0)
                }
            }
        case .perUnit:
            if cell.perUnit.count != cell.reporting { return .perUnitNotReporting(listed: cell.perUnit.count, reporting: cell.reporting) }
        }
        return nil
    }

    /// One cell of the block: only the keys its row's aggregate has.
    private mutating func readCarriedCell(_ value: JSONValue, row: Row, template: Template, at path: JSONPath, year: Int?) -> CarriedCell? {
        guard case .object(let members) = value else {
            add(.error, .wrongType(.consolidatedCell, expected: .object, found: value.type), at: path, row: row, year: year)
            return nil
        }
        let aggregate = template.aggregate(of: row)
        let known: [String]
        switch aggregate {
        case .sum: known = ["reporting"]
        case .tally: known = ["reporting", "tally"]
        case .rate: known = ["reporting", "numerator", "denominator", "used", "withoutCounts"]
        case .perUnit: known = ["reporting", "perUnit"]
        }
        checkKeys(members, at: path, known: known, in: .consolidatedCell, row: row, year: year)
        var cell = CarriedCell()
        var rate = CarriedRate(numerator: nil, denominator: nil, used: 0, withoutCounts: [])
        var hasRate = false
        for member in members where known.contains(member.key) {
            let memberPath = path.child(member.key)
            switch member.key {
            case "reporting":
                cell.reporting = wholeCount(member.value, field: .consolidatedCell, at: memberPath, row: row) ?? 0
            case "used":
                rate.used = wholeCount(member.value, field: .consolidatedCell, at: memberPath, row: row) ?? 0
                hasRate = true
            case "numerator", "denominator":
                let count = wholeCount(member.value, field: .consolidatedCell, at: memberPath, row: row).map(Double.init)
                if member.key == "numerator" { rate.numerator = count } else { rate.denominator = count }
                hasRate = true
            case "withoutCounts":
                rate.withoutCounts = strings(member.value, at: memberPath, row: row)
                hasRate = true
            case "tally":
                guard case .object(let answers) = member.value else {
                    add(.error, .wrongType(.consolidatedCell, expected: .object, found: member.value.type), at: memberPath, row: row)
                    continue
                }
                checkKeys(answers, at: memberPath, in: .consolidatedCell, row: row)
                let codes = row.kind == .code ? (row.legend ?? []).map(\.code) : [1, 0]
                for answer in answers where !JSONValue.startsWithSlashes(answer.key) {
                    guard let code = Int(answer.key), String(code) == answer.key, codes.contains(code) else {
                        add(.error, .unknownAnswer(given: "\"\(answer.key)\"", legend: row.legend ?? []), at: memberPath.child(answer.key), row: row)
                        continue
                    }
                    cell.tally[code, default: 0] += wholeCount(answer.value, field: .consolidatedCell, at: memberPath.child(answer.key), row: row) ?? 0
                }
            case "perUnit":
                guard case .array(let items) = member.value else {
                    add(.error, .wrongType(.consolidatedCell, expected: .array, found: member.value.type), at: memberPath, row: row)
                    continue
                }
                for (i, item) in items.enumerated() {
                    let itemPath = memberPath.element(i)
                    guard case .object(let fields) = item, case .string(let unit)? = item["unit"], case .string(let text)? = item["value"] else {
                        add(.error, .wrongType(.consolidatedCell, expected: .object, found: item.type), at: itemPath, row: row)
                        continue
                    }
                    checkKeys(fields, at: itemPath, known: ConsolidatedFigures.unitValueKeys, in: .consolidatedCell, row: row)
                    if let unit = checkedText(unit, at: itemPath.child("unit"), row: row), let text = checkedText(text, at: itemPath.child("value"), row: row) {
                        cell.perUnit.append(UnitValue(unit: unit, value: text))
                    }
                }
            default: break
            }
        }
        if hasRate { cell.rate = rate }
        return cell
    }

    /// A whole number ≥ 0, or nil with a finding.
    private mutating func wholeCount(_ value: JSONValue, field: Field, at path: JSONPath, row: Row?) -> Int? {
        guard case .number(let literal) = value else {
            add(.error, .wrongType(field, expected: .integer, found: value.type), at: path, row: row)
            return nil
        }
        guard let number = Double(literal), number.isFinite, number >= 0, number == number.rounded(), number <= InputReader.largestNumber,
              let whole = Int(exactly: number) else {
            add(.error, .notACount(value: Double(literal) ?? 0, unit: nil, side: nil), at: path, row: row)
            return nil
        }
        return whole
    }

    /// A list of texts (unit names), or what could be read of it with findings.
    private mutating func strings(_ value: JSONValue, at path: JSONPath, row: Row) -> [String] {
        guard case .array(let items) = value else {
            add(.error, .wrongType(.consolidatedCell, expected: .array, found: value.type), at: path, row: row)
            return []
        }
        var out: [String] = []
        for (i, item) in items.enumerated() {
            guard case .string(let text) = item else {
                add(.error, .wrongType(.consolidatedCell, expected: .string, found: item.type), at: path.element(i), row: row)
                continue
            }
            if let checked = checkedText(text, at: path.element(i), row: row) { out.append(checked) }
        }
        return out
    }
}
