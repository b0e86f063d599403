import Foundation

/// The consolidated input: what `cchc consolidate -o out.json` writes, in the shape `fill`
/// reads, so that it can be filled, compared or consolidated again one level up.
extension Consolidation {
    /// The parent unit: `name` when given (`--unit`), else the province every unit names (when
    /// they all name the same one), else a unit without a name (the reader warns of it).
    public func parentUnit(name: String?) -> UnitInfo {
        if let name, !name.isEmpty { return UnitInfo(name: name) }
        let provinces = Set(sources.compactMap { $0.unit.province.map { UnitIdentity.key(of: UnitInfo(name: $0)) ?? "" } })
        if provinces.count == 1, let province = sources.first?.unit.province, !province.isEmpty {
            return UnitInfo(name: province.trimmingCharacters(in: .whitespaces))
        }
        return UnitInfo(name: "")
    }

    /// The consolidated input document: `template`, `unit` (the parent), `period`, `values`
    /// (sums, fractions of sums, rates as their summed counts), `notes` (how many units each
    /// row stands for, the answers of coded and Đạt/Không đạt rows, the units a rate left
    /// out) and `sources` (each unit's file, name and SHA-256), in the language of `catalogue`.
    public func document(unit: UnitInfo, catalogue: Catalogue, sourcesRelativeTo directory: String? = nil,
                         status: JSONValue? = nil) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value, line: 0) }
        let unitMembers = Consolidation.members(of: unit), periodMembers = Consolidation.members(of: period)
        var values: [JSONValue.Member] = []
        var notes: [JSONValue.Member] = []
        for (index, consolidated) in rows.enumerated() {
            let cells = valueColumns.indices.compactMap { column -> (ValueColumn, JSONValue)? in
                jsonValue(row: index, column: column).map { (valueColumns[column], $0) }
            }
            if !cells.isEmpty {
                if valueColumns == [.single] {
                    values.append(member(consolidated.row.id, cells[0].1))
                } else {
                    values.append(member(consolidated.row.id, .object(cells.map { column, value in
                        member(column.year.map(String.init) ?? column.key ?? "", value)
                    })))
                }
            }
            if let note = note(ofRow: index, catalogue: catalogue) { notes.append(member(consolidated.row.id, .string(note))) }
        }
        let sourceList = sources.map { source in
            JSONValue.object([member("file", .string(directory.map { Consolidation.relativePath(source.file, from: $0) } ?? source.file)), member("unit", .string(source.unitName)),
                              member("sha256", .string(source.digest))])
        }
        var top = [member("template", .string(template.id)), member("unit", .object(unitMembers))]
        if !periodMembers.isEmpty { top.append(member("period", .object(periodMembers))) }
        top += [member("values", .object(values))]
        if !notes.isEmpty { top.append(member("notes", .object(notes))) }
        top.append(member("sources", .array(sourceList)))
        top.append(member("consolidated", figures(status: status)))
        return .object(top)
    }

    /// The `consolidated` block (`ConsolidatedFigures`): the units the document stands for, and
    /// per cell that any unit reported, what a next level needs to add it up again.
    func figures(status: JSONValue?) -> JSONValue {
        func member(_ key: String, _ value: JSONValue) -> JSONValue.Member { JSONValue.Member(key: key, value: value, line: 0) }
        func count(_ n: Int) -> JSONValue { .number(String(n)) }
        var cells: [JSONValue.Member] = []
        for consolidated in rows where consolidated.row.kind.holdsValue {
            var byColumn: [JSONValue.Member] = []
            for (column, cell) in consolidated.cells.enumerated() where cell.reportingUnits > 0 {
                var fields = [member("reporting", count(cell.reportingUnits))]
                switch consolidated.aggregate {
                case .sum: break
                case .tally:
                    fields.append(member("tally", .object(cell.tally.filter { $0.count > 0 }.map { member(String($0.code), count($0.count)) })))
                case .rate:
                    fields.append(member("used", count(cell.rateUsedUnits)))
                    if cell.rateUsedUnits > 0, case .rate(let rate) = cell.value, let n = rate.numerator, let d = rate.denominator {
                        fields.append(member("numerator", .number(PlainNumber.text(n))))
                        fields.append(member("denominator", .number(PlainNumber.text(d))))
                    }
                    if !cell.unitsWithoutCounts.isEmpty { fields.append(member("withoutCounts", .array(cell.unitsWithoutCounts.map(JSONValue.string)))) }
                case .perUnit:
                    fields.append(member("perUnit", .array(cell.perUnit.map {
                        .object([member("unit", .string($0.unit)), member("value", .string($0.value))])
                    })))
                }
                let name: String
                switch valueColumns[column] {
                case .single: name = ""
                case .year(let year): name = String(year)
                case .key(let key): name = key
                }
                byColumn.append(member(name, .object(fields)))
            }
            guard !byColumn.isEmpty else { continue }
            cells.append(member(consolidated.row.id, valueColumns == [.single] ? byColumn[0].value : .object(byColumn)))
        }
        var block = [member("units", count(units)), member("cells", .object(cells))]
        if let status { block.append(member("status", status)) }
        return .object(block)
    }

    /// The members of a consolidated input's `unit`: its name and province.
    static func members(of unit: UnitInfo) -> [JSONValue.Member] {
        var members = [JSONValue.Member(key: "name", value: .string(unit.name), line: 0)]
        if let province = unit.province { members.append(JSONValue.Member(key: "province", value: .string(province), line: 0)) }
        return members
    }

    /// The members of a consolidated input's `period`: year, range and cut-off as it has them.
    static func members(of period: Period) -> [JSONValue.Member] {
        var members: [JSONValue.Member] = []
        if let year = period.year { members.append(JSONValue.Member(key: "year", value: .number(String(year)), line: 0)) }
        if let from = period.from { members.append(JSONValue.Member(key: "from", value: .number(String(from)), line: 0)) }
        if let to = period.to { members.append(JSONValue.Member(key: "to", value: .number(String(to)), line: 0)) }
        if let cutoff = period.cutoff { members.append(JSONValue.Member(key: "cutoff", value: .string(cutoff.iso), line: 0)) }
        return members
    }

    /// `path` as seen from `directory` (`../xa/an-binh.json`), so that a consolidated input
    /// names its sources the same on every machine and beside every copy.
    public static func relativePath(_ path: String, from directory: String) -> String {
        func parts(_ p: String) -> [String] {
            let absolute = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
            return URL(fileURLWithPath: absolute).standardizedFileURL.pathComponents.filter { $0 != "/" }
        }
        let target = parts(path), base = parts(directory.isEmpty ? "." : directory)
        var common = 0
        while common < min(target.count, base.count) && target[common] == base[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        return (up + target[common...]).joined(separator: "/")
    }

    /// The JSON value of one consolidated cell, or nil when it has none (blank, tally, none).
    func jsonValue(row index: Int, column: Int) -> JSONValue? {
        let consolidated = rows[index]
        let cell = consolidated.cells[column]
        switch cell.value {
        case .number(let n): return .number(PlainNumber.text(n))
        case .fraction(let n, let d): return .string(PlainNumber.text(n) + "/" + PlainNumber.text(d))
        case .rate(let rate):
            guard let derived = consolidated.row.derived, let numerator = rate.numerator, let denominator = rate.denominator else { return nil }
            // A count taken from a row is that row's consolidated sum: it must be the sum of the
            // units whose counts the rate used, or the rate is given as its value.
            var members: [JSONValue.Member] = []
            var rowsAgree = true
            for (operand, sum, key) in [(derived.numerator, numerator, "numerator"), (derived.denominator, denominator, "denominator")] {
                if let ref = operand.row {
                    let rowSum = template.rowIndex[ref].flatMap { rows[$0].cells[column].value.number }
                    if rowSum != sum { rowsAgree = false }
                } else {
                    members.append(JSONValue.Member(key: key, value: .number(PlainNumber.text(sum)), line: 0))
                }
            }
            if rowsAgree { return members.isEmpty ? nil : .object(members) }
            guard let computed = rate.computed else { return nil }
            return .object([JSONValue.Member(key: "value", value: .number(PlainNumber.text(computed)), line: 0)])
        default: return nil
        }
    }

    /// What the consolidated cell says besides its value, or nil.
    public func note(of cell: ConsolidatedCell, aggregate: Aggregate, row: Row, catalogue: Catalogue) -> String? {
        let units = self.units
        switch aggregate {
        case .sum:
            guard cell.reportingUnits > 0, cell.reportingUnits < units else { return nil }
            return catalogue.phrase(.consolidatedReporting(reported: cell.reportingUnits, units: units))
        case .rate:
            if cell.isPartialRate {
                return catalogue.phrase(.consolidatedRateUsed(used: cell.rateUsedUnits, reported: cell.reportingUnits,
                                                              others: cell.unitsWithoutCounts))
            }
            guard cell.reportingUnits > 0, cell.reportingUnits < units else { return nil }
            return catalogue.phrase(.consolidatedReporting(reported: cell.reportingUnits, units: units))
        case .tally:
            guard cell.reportingUnits > 0 else { return nil }
            if row.kind == .code {
                return catalogue.phrase(.consolidatedTally(labels: cell.tally.map(\.label), counts: cell.tally.map(\.count),
                                                           answered: cell.reportingUnits))
            }
            return catalogue.phrase(.consolidatedPassTally(passed: cell.tally.first { $0.code == 1 }?.count ?? 0, answered: cell.reportingUnits))
        case .perUnit:
            return cell.reportingUnits == 0 ? nil : catalogue.phrase(.consolidatedNotMerged)
        }
    }

    /// The note of a consolidated row: its cell's note, or on a per-year form each year's
    /// (`Năm 2013: 3/5 đơn vị báo cáo`), or once for a row of keyed columns.
    public func note(ofRow index: Int, catalogue: Catalogue) -> String? {
        let consolidated = rows[index]
        var parts: [String] = []
        for (column, cell) in consolidated.cells.enumerated() {
            guard let text = note(of: cell, aggregate: consolidated.aggregate, row: consolidated.row, catalogue: catalogue) else { continue }
            if let year = valueColumns[column].year {
                parts.append(catalogue.phrase(.consolidatedYearNote(year: year, text: text)))
            } else if !parts.contains(text) {
                parts.append(text)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
