/// The reports of many units of one template and period, added up row by row (see
/// `Aggregate`): counts summed, rates recomputed from the summed counts, coded answers and
/// Đạt/Không đạt counted by answer, text left per unit. Pure data: the consolidated input
/// (`document(…)`) and the workbook are written from it.
public struct Consolidation: Sendable {
    /// The form (as the first unit's report has it).
    public var template: Template
    public var period: Period
    public var valueColumns: [ValueColumn]
    /// The units' reports, in the order given.
    public var sources: [ConsolidationSource]
    /// The units (at the lowest level) the consolidation stands for: one per source, or as many
    /// as a consolidated source stands for.
    public var units: Int { sources.reduce(0) { $0 + $1.units } }
    /// Whether a source is itself a consolidation (its per-unit cells then hold no one answer).
    public var hasConsolidatedSources: Bool { sources.contains { $0.consolidated != nil } }
    /// One consolidated row per template row, in the template's order.
    public var rows: [ConsolidatedRow]
    /// What consolidating found: rates that could not use every unit, outlying figures.
    public var findings: [Finding]
}

/// One template row of a consolidation.
public struct ConsolidatedRow: Sendable {
    public var row: Row
    public var aggregate: Aggregate
    /// One per value column of the report.
    public var cells: [ConsolidatedCell]
}

/// One consolidated cell: the value, and which units it came from.
public struct ConsolidatedCell: Sendable, Equatable {
    /// The consolidated value: a sum, a fraction of sums, a rate of summed counts; blank when
    /// no unit reported, and for `tally` and `none` (which have no one value).
    public var value: Value = .blank
    /// The sources (indices into `Consolidation.sources`) that reported a value in this cell.
    public var reporting = SourceSet()
    /// The units (at the lowest level: a consolidated source counts the units it says) that
    /// reported a value in this cell.
    public var reportingUnits = 0
    /// `tally`: for each answer in the legend's order (Đạt, Không đạt for `pass`), the units that gave it.
    public var tally: [TallyCount] = []
    /// `rate`: the sources whose counts were summed, and those with a unit that gave the rate
    /// (or one count) without both counts.
    public var rateUsed = SourceSet()
    public var rateWithoutCounts = SourceSet()
    /// `rate`: how many units' counts were summed, and the names of the units without both counts.
    public var rateUsedUnits = 0
    public var unitsWithoutCounts: [String] = []
    /// `none`: each unit's value, with its unit.
    public var perUnit: [UnitValue] = []

    /// A rate whose summed counts do not stand for every unit that reported the row.
    public var isPartialRate: Bool { !unitsWithoutCounts.isEmpty }
}

/// How many units gave one answer of a coded or Đạt/Không đạt row.
public struct TallyCount: Sendable, Equatable {
    /// The answer as the legend names it (`Có`), or `Đạt` / `Không đạt`.
    public var label: String
    /// Its code, for a coded row; for `pass`, 1 for Đạt and 0 for Không đạt.
    public var code: Int
    public var count: Int
}

extension Consolidation {
    /// The result of consolidating: the consolidation when the inputs could be added up at all,
    /// and the findings that refuse the inputs (mixed templates or periods, a unit twice, a
    /// unit without a name), each naming both files.
    public struct Result: Sendable {
        public var consolidation: Consolidation?
        public var findings: [Finding]
    }

    /// Adds up `sources` (reports already read and checked). The first source fixes the
    /// template and the period; every other must have the same, and be of another unit
    /// (`UnitIdentity`). `output` names the consolidated report in findings about it.
    public static func consolidate(_ sources: [ConsolidationSource], output: String) -> Result {
        var refusals: [Finding] = []
        var seen: [String: String] = [:]
        guard let first = sources.first else { return Result(consolidation: nil, findings: []) }
        for source in sources {
            let header = source.header
            let location = Location(file: source.file, path: .root, unit: source.unitName)
            if header.template.id != first.header.template.id {
                refusals.append(Finding(.error, .consolidateMixedTemplates(template: header.template.id, other: first.header.template.id,
                                                                             otherFile: first.file), at: Location(file: source.file, path: JSONPath("template"), unit: source.unitName)))
                continue
            }
            if header.period != first.header.period || header.valueColumns != first.header.valueColumns {
                refusals.append(Finding(.error, .consolidateMixedPeriods(period: header.period, other: first.header.period, otherFile: first.file),
                                        at: Location(file: source.file, path: JSONPath("period"), unit: source.unitName)))
                continue
            }
            guard let key = UnitIdentity.key(of: header.unit) else {
                refusals.append(Finding(.error, .consolidateUnitUnnamed, at: Location(file: source.file, path: JSONPath("unit", "name"))))
                continue
            }
            if let earlier = seen[key] {
                refusals.append(Finding(.error, .consolidateDuplicateUnit(unit: source.unitName, otherFile: earlier), at: location))
                continue
            }
            seen[key] = source.file
        }
        guard refusals.isEmpty else { return Result(consolidation: nil, findings: refusals) }

        let template = first.header.template
        let columns = first.header.valueColumns
        var findings: [Finding] = []
        var rows: [ConsolidatedRow] = []
        let names = sources.map(\.unitName)
        let anyCarried = sources.contains { $0.consolidated != nil }
        for (index, row) in template.rows.enumerated() {
            let aggregate = template.aggregate(of: row)
            var cells: [ConsolidatedCell] = []
            for column in columns.indices {
                // By index: a source is read where it stands, not copied (a copy retains all it holds).
                let values = sources.indices.map { sources[$0].value(row: index, column: column) }
                let carried = anyCarried ? sources.indices.map { sources[$0].consolidated?.cell(row: index, column: column) } : nil
                let cell = consolidateCell(values, carried: carried, units: names, row: row, aggregate: aggregate)
                if cell.isPartialRate {
                    let year = columns[column].year
                    findings.append(Finding(.warning, .consolidateRateWithoutCounts(used: cell.rateUsedUnits, reported: cell.reportingUnits,
                                                                                   units: cell.unitsWithoutCounts),
                                            at: Location(file: output, path: first.path(ofRow: index, column: column), row: row, year: year,
                                                         column: columns[column].key)))
                }
                cells.append(cell)
            }
            rows.append(ConsolidatedRow(row: row, aggregate: aggregate, cells: cells))
        }
        var consolidation = Consolidation(template: template, period: first.header.period, valueColumns: columns, sources: sources,
                                          rows: rows, findings: [])
        findings += consolidation.outlierFindings()
        consolidation.findings = findings
        return Result(consolidation: consolidation, findings: [])
    }

    /// The counts source `u` gave for row `index`'s rate in value column `column` (summed over
    /// its units, for a consolidated source), when it gave both.
    public func counts(source u: Int, row index: Int, column: Int) -> (numerator: Double, denominator: Double)? {
        if let figures = sources[u].consolidated {
            guard let rate = figures.cell(row: index, column: column).rate, rate.used > 0,
                  let n = rate.numerator, let d = rate.denominator else { return nil }
            return (n, d)
        }
        guard case .rate(let rate) = sources[u].value(row: index, column: column), let n = rate.numerator, let d = rate.denominator else { return nil }
        return (n, d)
    }

    /// One cell of the consolidated report from the sources' values of that cell. `carried`
    /// holds, for a source that is itself a consolidation, what its `consolidated` block says of
    /// the cell (nil for a unit's own input); `units` names the sources. Every value counted as
    /// reported is used: summed, counted by answer, listed per unit, or listed among the units
    /// whose rate could not be summed.
    static func consolidateCell(_ values: [Value], carried: [CarriedCell?]? = nil, units names: [String]? = nil, row: Row,
                                aggregate: Aggregate) -> ConsolidatedCell {
        // Read where given, not made into arrays of nil and "" for every cell of a consolidation
        // of units' own reports.
        func carriedCell(_ i: Int) -> CarriedCell? { carried?[i] }
        func name(_ i: Int) -> String { names?[i] ?? "" }
        var cell = ConsolidatedCell()
        cell.reporting = SourceSet(values.indices.lazy.filter { carriedCell($0).map { $0.reporting > 0 } ?? !values[$0].isBlank })
        cell.reportingUnits = cell.reporting.reduce(0) { $0 + (carriedCell($1)?.reporting ?? 1) }
        switch aggregate {
        case .sum:
            var total = 0.0, numerator = 0.0, denominator = 0.0
            var fraction = false
            for i in cell.reporting {
                switch values[i] {
                case .number(let n): total += n
                case .fraction(let n, let d): numerator += n; denominator += d; fraction = true
                default: break
                }
            }
            if !cell.reporting.isEmpty { cell.value = fraction ? .fraction(numerator: numerator, denominator: denominator) : .number(total) }
        case .rate:
            var numerator = 0.0, denominator = 0.0
            var fromRow = (numerator: row.derived?.numerator.row != nil, denominator: row.derived?.denominator.row != nil)
            for i in cell.reporting {
                if let carried = carriedCell(i) {
                    // A consolidated source: its summed counts and whom they stand for.
                    let rate = carried.rate ?? CarriedRate(numerator: nil, denominator: nil, used: 0, withoutCounts: [])
                    if let n = rate.numerator, let d = rate.denominator, rate.used > 0 {
                        numerator += n
                        denominator += d
                        cell.rateUsed.insert(i)
                        cell.rateUsedUnits += rate.used
                    }
                    if !rate.withoutCounts.isEmpty {
                        cell.rateWithoutCounts.insert(i)
                        cell.unitsWithoutCounts += rate.withoutCounts
                    }
                    continue
                }
                // A unit's own value: both counts summed; anything else (the rate alone, or one
                // count without the other) listed by its unit.
                if case .rate(let rate) = values[i], let n = rate.numerator, let d = rate.denominator {
                    fromRow = (rate.numeratorFromRow, rate.denominatorFromRow)
                    numerator += n
                    denominator += d
                    cell.rateUsed.insert(i)
                    cell.rateUsedUnits += 1
                } else {
                    cell.rateWithoutCounts.insert(i)
                    cell.unitsWithoutCounts.append(name(i))
                }
            }
            if !cell.rateUsed.isEmpty {
                cell.value = .rate(Rate(numerator: numerator, denominator: denominator, numeratorFromRow: fromRow.numerator,
                                        denominatorFromRow: fromRow.denominator, reported: nil))
            }
        case .tally:
            var counts: [Int: Int] = [:]
            for i in cell.reporting {
                if let carried = carriedCell(i) {
                    for (code, count) in carried.tally { counts[code, default: 0] += count }
                    continue
                }
                switch values[i] {
                case .code(let code, _): counts[code, default: 0] += 1
                case .pass(let passed): counts[passed ? 1 : 0, default: 0] += 1
                default: break
                }
            }
            if let legend = row.legend, row.kind == .code {
                cell.tally = legend.map { TallyCount(label: $0.label, code: $0.code, count: counts[$0.code] ?? 0) }
            } else {
                cell.tally = [TallyCount(label: CellText.passed, code: 1, count: counts[1] ?? 0),
                              TallyCount(label: CellText.failed, code: 0, count: counts[0] ?? 0)]
            }
        case .perUnit:
            for i in cell.reporting {
                if let carried = carriedCell(i) {
                    cell.perUnit += carried.perUnit
                } else if let text = Consolidation.listedText(values[i]) {
                    cell.perUnit.append(UnitValue(unit: name(i), value: text))
                }
            }
        }
        return cell
    }

    /// A unit's value of a row that is not merged, as its text: free text as written, a number
    /// as the input writes it, an answer by its label, a rate by its value.
    public static func listedText(_ value: Value) -> String? {
        switch value {
        case .blank: return nil
        case .number(let n): return PlainNumber.text(n)
        case .code(_, let label): return label
        case .rate(let rate): return rate.value.map(PlainNumber.text) ?? [rate.numerator, rate.denominator].map { $0.map(PlainNumber.text) ?? "" }.joined(separator: "/")
        case .pass, .fraction, .text: return CellText.cellString(value)
        }
    }
}
